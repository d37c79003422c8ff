package be.classeur.people.ui;

import java.util.function.LongFunction;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.ui.components.ColumnPicker;
import be.classeur.ui.components.FilterChip;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import be.classeur.people.PersonLocations;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The list shared by guardians and trainers: text search, archive filter, a lazy grid sorted in the database,
 * names as keyboard-reachable links to the detail page, and a "new" button for administrators.
 */
abstract class PersonListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    /** What differs between the guardian and the trainer list. */
    record Kind(String gridKey, String titleKey, String newKey, String statusKey, String emptyKey, LongFunction<String> location,
                Class<? extends Component> detailView) {
    }

    final TextField search = new TextField();
    final Select<ArchiveFilter> archive = new Select<>();
    /** Restricted records only (art. 18), as the dashboard's figure opens the list: {@link PersonLocations#restricted}. */
    final FilterChip restrictedOnly = new FilterChip(this::refresh);
    final Button create = new Button();
    final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);
    ColumnPicker<PersonRow> columns;
    private final Kind kind;

    /**
     * @param searchPage the service's search, page by page
     * @param forms      opens the "new" form
     */
    PersonListView(Kind kind, BiFunction<PersonFilter, Pageable, Slice<PersonRow>> searchPage, PersonFormFactory<?> forms) {
        this.kind = kind;
        setSizeFull();
        HorizontalLayout toolbar = toolbar(forms);
        add(toolbar, grid);
        configureGrid(searchPage);
        toolbar.add(columns);
    }

    private HorizontalLayout toolbar(PersonFormFactory<?> forms) {
        PeopleViews.configureSearch(search, this::refresh);
        PeopleViews.configureArchiveFilter(archive, this::refresh);
        create.setText(getTranslation(kind.newKey()));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> forms.openNew(saved -> {
            refresh();
            navigateToDetail(saved.getId());
        }));
        create.setVisible(PeopleViews.canWrite());

        HorizontalLayout toolbar = Toolbars.withSearch(search, archive, restrictedOnly, create);
        return toolbar;
    }

    private void configureGrid(BiFunction<PersonFilter, Pageable, Slice<PersonRow>> searchPage) {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Fixed widths rather than auto width, which measured the longest e-mail; name and e-mail share what is left.
        grid.addColumn(ListGrids.nameLink(PersonListView::name, kind.location(), PersonRow::id))
                .setHeader(getTranslation("people.field.name")).setKey("lastName").setSortProperty("lastName")
                .setWidth("13rem").setFlexGrow(2);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("people.field.email")).setKey("email").setSortProperty("email")
                .setWidth("13rem").setFlexGrow(1);
        grid.addColumn(PersonRow::phone).setHeader(getTranslation("people.field.phone")).setKey("phone").setSortProperty("phone")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(PersonRow::city).setHeader(getTranslation("people.field.city")).setKey("city").setSortProperty("city")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.lastContactDate())).setHeader(getTranslation("people.field.lastContactDate"))
                .setKey("lastContactDate").setSortProperty("lastContactDate").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(this::status).setHeader(getTranslation(kind.statusKey())).setKey("archived").setWidth("7rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation(kind.emptyKey()));
        grid.setItems(query -> searchPage.apply(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        ListGrids.openOnClick(grid, row -> navigateToDetail(row.id()));
        columns = new ColumnPicker<>(grid, kind.gridKey(), Set.of("lastName"), Set.of("city"))
                .withCard(ListGrids.card(PersonListView::name, kind.location(), PersonRow::id,
                        row -> ListGrids.facts(row.phone(), row.email(), status(row))));
    }

    private static String name(PersonRow row) {
        return row.lastName() + ", " + row.firstName();
    }

    private String status(PersonRow row) {
        return row.archived() ? getTranslation("people.archived") : "";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void navigateToDetail(Long id) {
        getUI().ifPresent(ui -> ui.navigate((Class) kind.detailView(), id));
    }

    PersonFilter currentFilter() {
        return new PersonFilter(search.getValue(), archive.getValue(),
                restrictedOnly.isVisible());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (PeopleViews.presetRestrictedOnly(event, restrictedOnly, archive)) {
            refresh();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(kind.titleKey());
    }
}
