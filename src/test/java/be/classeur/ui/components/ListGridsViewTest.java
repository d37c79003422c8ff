package be.classeur.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.ui.AccountsView;
import be.classeur.courses.ui.GroupDetailView;
import be.classeur.courses.ui.GroupsView;
import be.classeur.courses.ui.PeriodsView;
import be.classeur.kernel.ColumnChoices;
import be.classeur.people.ui.GuardianDetailView;
import be.classeur.people.ui.GuardiansView;
import be.classeur.people.ui.PupilDetailView;
import be.classeur.people.ui.PupilsView;
import be.classeur.people.ui.TrainerDetailView;
import be.classeur.people.ui.TrainersView;
import be.classeur.privacy.ui.RequestDetailView;
import be.classeur.privacy.ui.RequestsView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import be.classeur.kernel.RequestLocations;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.communication.rpc.EventRpcHandler;
import com.vaadin.flow.shared.JsonConstants;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every list grid: fits 1280 px with its default columns, lets the user pick the others (remembered per account, in
 * the next view too), shows cards on a phone-sized window, and opens a record with one click or Enter.
 */
@SpringBootTest
@WithUserDetails("admin")
class ListGridsViewTest extends SpringBrowserlessTest {
    /** 1280 px less the open navigation drawer (16em) and the view's padding: what the columns may take, in rem. */
    private static final double WIDTH_AT_1280_REM = (1280 - 256 - 32) / 16.0;

    @Autowired
    ColumnChoices choices;

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return (Grid<T>) findInView(Grid.class).single();
    }

    @SuppressWarnings("unchecked")
    private <T> ColumnPicker<T> picker() {
        return (ColumnPicker<T>) findInView(ColumnPicker.class).single();
    }

    private MenuBar pickerMenu() {
        return find(MenuBar.class).withClassName("classeur-column-picker").single();
    }

    private MenuBarTester<MenuBar> menu() {
        return test(pickerMenu());
    }

    private static List<String> shownKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    private static double rem(Grid.Column<?> column) {
        String width = column.getWidth();
        // The accounts' two icon buttons size themselves: about 7rem.
        return width == null ? 7 : Double.parseDouble(width.replace("rem", ""));
    }

    private void assertFitsAt1280(Grid<?> grid) {
        List<Grid.Column<?>> shown = new java.util.ArrayList<>();
        grid.getColumns().stream().filter(Grid.Column::isVisible).forEach(shown::add);
        assertThat(shown).as("no column measures its content (auto width exploded the pupils grid to 1,953 px)")
                .filteredOn(c -> !"actions".equals(c.getKey())).noneMatch(Grid.Column::isAutoWidth);
        assertThat(shown.stream().mapToDouble(ListGridsViewTest::rem).sum()).as("the default columns' widths, in rem")
                .isLessThanOrEqualTo(WIDTH_AT_1280_REM);
    }

    @Test
    void everyAdministratorListFitsAt1280WithAColumnPicker() {
        for (Class<? extends Component> list : List.of(PupilsView.class, GuardiansView.class, TrainersView.class,
                GroupsView.class, AccountsView.class)) {
            navigate(list);
            assertFitsAt1280(grid());
            assertThat(pickerMenu().isVisible()).as(list.getSimpleName()).isTrue();
        }
    }

    @Test
    @WithUserDetails("dpo")
    void theRequestQueueFitsAt1280AndShowsTheStatusWithoutScrolling() {
        navigate(RequestsView.class);
        Grid<?> grid = grid();

        assertFitsAt1280(grid);
        assertThat(shownKeys(grid)).startsWith("daysLeft", "requester", "rights", "status");
        assertThat(grid.getColumnByKey("assignee").getHeaderText()).isEqualTo("Chargé·e");
    }

    @Test
    @WithUserDetails("dpo")
    void theLongestNavigationLabelIsWholeInAnElementThatWraps() {
        navigate(RequestsView.class);
        SideNavItem queue = find(SideNavItem.class).all().stream()
                .filter(item -> item.getPath().replaceAll("^/+|/+$", "").equals(RequestLocations.REQUESTS)).findFirst().orElseThrow();

        // A bare text label is cut with an ellipsis by the item's own styles; a span of ours wraps (classeur.css).
        assertThat(queue.getLabel()).isNullOrEmpty();
        Span label = find(Span.class, queue).withClassName("classeur-nav-label").single();
        assertThat(label.getText()).isEqualTo("Demandes d’exercice des droits");
    }

    @Test
    void thePupilListHidesLessUsefulColumnsUntilTheUserPicksThemAndRemembersTheChoice() {
        try {
            navigate(PupilsView.class);
            assertThat(shownKeys(grid())).doesNotContain("email").contains("lastName", "birthDate", "schoolYear", "stage", "phone");
            assertThat(menu().isItemChecked(0, 4)).as("the e-mail box, unticked").isFalse();

            menu().clickItem(0, 4); // e-mail
            menu().clickItem(0, 5); // phone

            assertThat(shownKeys(grid())).contains("email").doesNotContain("phone");
            assertThat(menu().isItemChecked(0, 4)).isTrue();
            assertThat(choices.hiddenColumns("pupils")).hasValueSatisfying(hidden ->
                    assertThat(hidden).contains("phone").doesNotContain("email"));

            navigate(GroupsView.class);
            PupilsView again = navigate(PupilsView.class);
            assertThat(findInView(Grid.class).single()).as("a new view instance").isNotNull();
            assertThat(again).isNotNull();
            assertThat(shownKeys(grid())).as("the choice, found again").contains("email").doesNotContain("phone");
            assertThat(menu().isItemChecked(0, 5)).isFalse();

            menu().clickItem(0, 4);
            navigate(PupilsView.class);
            assertThat(shownKeys(grid())).doesNotContain("email", "phone");
        } finally {
            choices.saveHiddenColumns("pupils", Set.of("email", "lastContactDate")); // other tests see the defaults
        }
    }

    @Test
    void theNameThatOpensTheRecordCannotBeHidden() {
        navigate(GuardiansView.class);
        assertThat(pickerMenu().getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getText().strip())
                .doesNotContain("Nom").contains("E-mail", "Téléphone", "Localité");
    }

    @Test
    void aPhoneSizedWindowShowsOneCardPerRow() {
        navigate(PupilsView.class);
        ColumnPicker<?> picker = picker();
        Grid<?> grid = grid();

        picker.fitTo(390);

        assertThat(shownKeys(grid)).containsExactly(ColumnPicker.CARD_KEY);
        assertThat(picker.getElement().isVisible()).as("nothing to pick on a card").isFalse();
        String facts = test(grid).getLitRendererPropertyValue(0, ColumnPicker.CARD_KEY, "facts", String.class);
        assertThat(facts).isNotBlank();

        picker.fitTo(1440);

        assertThat(shownKeys(grid)).doesNotContain(ColumnPicker.CARD_KEY).contains("lastName", "stage");
        assertThat(picker.getElement().isVisible()).isTrue();
    }

    @Test
    void onAPhoneTheAccountsKeepTheirButtonsBesideTheCard() {
        navigate(AccountsView.class);
        ColumnPicker<?> picker = picker();

        picker.fitTo(390);

        // Editing and setting a password must stay reachable: the card cannot hold the buttons.
        assertThat(shownKeys(grid())).containsExactlyInAnyOrder(ColumnPicker.CARD_KEY, "actions");
    }

    @Test
    void aSingleClickOnARowOpensTheRecordInEveryList() {
        navigate(PupilsView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(PupilDetailView.class);

        navigate(GuardiansView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(GuardianDetailView.class);

        navigate(TrainersView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(TrainerDetailView.class);

        navigate(GroupsView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(GroupDetailView.class);

        navigate(AccountsView.class);
        test(grid()).clickRow(0);
        assertThat(find(Dialog.class).all()).as("the account's form").hasSize(1);
        find(Dialog.class).single().close();

        navigate(PeriodsView.class);
        test(grid()).clickRow(0);
        assertThat(find(Dialog.class).all()).as("the period's form").hasSize(1);
    }

    @Test
    @WithUserDetails("dpo")
    void aSingleClickOpensARequest() {
        navigate(RequestsView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(RequestDetailView.class);
    }

    @Test
    void enterOnAFocusedRowOpensTheRecord() {
        navigate(GroupsView.class);
        Grid<Object> grid = grid();
        Object second = test(grid).getRow(1);

        focusFirstCellOf(grid, second);
        pressEnter(grid);

        assertThat(getCurrentView()).isInstanceOf(GroupDetailView.class);
    }

    @Test
    void enterOnAHeaderCellOpensNothing() {
        navigate(GroupsView.class);
        Grid<Object> grid = grid();
        focusFirstCellOf(grid, test(grid).getRow(0));
        ComponentUtil.fireEvent(grid, new CellFocusEvent<>(grid, true, null, null, "header"));

        pressEnter(grid);

        assertThat(getCurrentView()).isInstanceOf(GroupsView.class);
    }

    private static void focusFirstCellOf(Grid<Object> grid, Object item) {
        String key = grid.getDataCommunicator().getKeyMapper().key(item);
        ComponentUtil.fireEvent(grid, new CellFocusEvent<>(grid, true, key, null, "body"));
    }

    /** Enter as the browser sends it: a keydown on the grid that passed the listener's filter. */
    private static void pressEnter(Grid<?> grid) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ListGrids.ENTER_ON_A_ROW, true);
        ObjectNode invocation = JacksonUtils.createObjectNode();
        invocation.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        invocation.put(JsonConstants.RPC_NODE, grid.getElement().getNode().getId());
        invocation.put(JsonConstants.RPC_EVENT_TYPE, "keydown");
        invocation.set(JsonConstants.RPC_EVENT_DATA, data);
        new EventRpcHandler().handle(UI.getCurrent(), invocation).ifPresent(Runnable::run);
    }
}
