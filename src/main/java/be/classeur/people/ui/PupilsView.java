package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.people.PersonLocations;
import be.classeur.kernel.Roles;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.PupilStage;
import be.classeur.ui.components.ColumnPicker;
import be.classeur.ui.components.FilterChip;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;

/** The pupil list: searchable, filterable, loaded from the database page by page. */
@Route(PersonLocations.PUPILS)
@Menu(order = 1, title = "people.pupils.title", icon = "vaadin:academy-cap")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class PupilsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    final TextField search = new TextField();
    final Select<PupilStage> stage = new Select<>();
    final Select<SchoolYear> schoolYear = new Select<>();
    final Select<ArchiveFilter> archive = new Select<>();
    /** Restricted records only (art. 18), as the dashboard's figure opens the list: {@link PersonLocations#restricted}. */
    final FilterChip restrictedOnly = new FilterChip(this::refresh);
    final Button create = new Button();
    final Grid<PupilRow> grid = new Grid<>(PupilRow.class, false);
    /** Names the grid in each account's stored choice of columns. */
    static final String GRID_KEY = "pupils";
    ColumnPicker<PupilRow> columns;

    private final transient PupilService pupils;
    private final transient PupilFormFactory forms;

    public PupilsView(PupilService pupils, PupilFormFactory forms) {
        this.pupils = pupils;
        this.forms = forms;
        setSizeFull();
        HorizontalLayout toolbar = toolbar();
        add(toolbar, grid);
        configureGrid();
        toolbar.add(columns);
    }

    private HorizontalLayout toolbar() {
        PeopleViews.configureSearch(search, this::refresh);

        Toolbars.filter(stage, "people.pupil.field.stage", "people.filter.all",
                List.of(PupilStage.values()), st -> Labels.of(st), this::refresh);

        Toolbars.filter(schoolYear, "people.pupil.field.schoolYear", "people.filter.all",
                List.of(SchoolYear.values()), y -> Labels.of(y), this::refresh);

        PeopleViews.configureArchiveFilter(archive, this::refresh);

        create.setText(getTranslation("people.pupil.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> forms.openNew(saved -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(PupilDetailView.class, saved.getId()));
        }));
        create.setVisible(PeopleViews.canWrite());

        HorizontalLayout toolbar = Toolbars.withSearch(search, stage, schoolYear, archive, restrictedOnly, create);
        return toolbar;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Fixed widths (auto width measured the longest e-mail and school and made the grid 1,953 px wide); the
        // name and the school take what is left. The default columns fit 1280 px with the navigation open.
        grid.addColumn(ListGrids.nameLink(PupilsView::name, PersonLocations::pupil, PupilRow::id))
                .setHeader(getTranslation("people.field.name")).setKey("lastName").setSortProperty("lastName")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.birthDate())).setHeader(getTranslation("grid.header.birthDate"))
                .setKey("birthDate").setSortProperty("birthDate").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> Labels.schoolYear(row.schoolYear()))
                .setHeader(getTranslation("grid.header.schoolYear")).setKey("schoolYear").setSortProperty(PupilService.SCHOOL_ORDER)
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(PupilRow::schoolName).setHeader(getTranslation("people.pupil.field.school")).setKey("school")
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(this::stageText)
                .setHeader(getTranslation("people.pupil.field.stage")).setKey("stage").setSortProperty(PupilService.LIFE_CYCLE_ORDER)
                .setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(PupilRow::email).setHeader(getTranslation("people.field.email")).setKey("email").setSortProperty("email")
                .setWidth("13rem").setFlexGrow(1);
        grid.addColumn(PupilRow::phone).setHeader(getTranslation("people.field.phone")).setKey("phone").setSortProperty("phone")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.lastContactDate())).setHeader(getTranslation("people.field.lastContactDate"))
                .setKey("lastContactDate").setSortProperty("lastContactDate").setWidth("8rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("people.pupils.empty"));
        grid.setItems(query -> pupils.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        ListGrids.openOnClick(grid, row -> getUI().ifPresent(ui -> ui.navigate(PupilDetailView.class, row.id())));
        columns = new ColumnPicker<>(grid, GRID_KEY, Set.of("lastName"), Set.of("email", "lastContactDate"))
                .withCard(ListGrids.card(PupilsView::name, PersonLocations::pupil, PupilRow::id,
                        row -> ListGrids.facts(Labels.schoolYear(row.schoolYear()), stageText(row), row.phone())));
    }

    private static String name(PupilRow row) {
        return row.lastName() + ", " + row.firstName();
    }

    private String stageText(PupilRow row) {
        return Labels.of(row.stage()) + (row.archived() ? " · " + getTranslation("people.archived") : "");
    }

    PupilFilter currentFilter() {
        return new PupilFilter(search.getValue(), stage.getValue(), schoolYear.getValue(), archive.getValue(),
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
        return getTranslation("people.pupils.title");
    }
}
