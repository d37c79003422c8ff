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
import be.classeur.ui.components.Formats;
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
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The pupil list: searchable, filterable, loaded from the database page by page. */
@Route(PersonLocations.PUPILS)
@Menu(order = 1, title = "people.pupils.title", icon = "vaadin:academy-cap")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class PupilsView extends VerticalLayout implements HasDynamicTitle {
    final TextField search = new TextField();
    final Select<PupilStage> stage = new Select<>();
    final Select<SchoolYear> schoolYear = new Select<>();
    final Select<ArchiveFilter> archive = new Select<>();
    final Button create = new Button();
    final Grid<PupilRow> grid = new Grid<>(PupilRow.class, false);

    private final transient PupilService pupils;
    private final transient PupilFormFactory forms;

    public PupilsView(PupilService pupils, PupilFormFactory forms) {
        this.pupils = pupils;
        this.forms = forms;
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
    }

    private HorizontalLayout toolbar() {
        PeopleViews.configureSearch(search, this::refresh);

        Toolbars.filter(stage, "people.pupil.field.stage", "people.filter.all",
                List.of(PupilStage.values()), st -> getTranslation(st.labelKey()), this::refresh);

        Toolbars.filter(schoolYear, "people.pupil.field.schoolYear", "people.filter.all",
                List.of(SchoolYear.values()), y -> getTranslation(y.labelKey()), this::refresh);

        PeopleViews.configureArchiveFilter(archive, this::refresh);

        create.setText(getTranslation("people.pupil.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> forms.openNew(saved -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(PupilDetailView.class, saved.getId()));
        }));
        create.setVisible(PeopleViews.canWrite());

        return Toolbars.withSearch(search, stage, schoolYear, archive, create);
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Lit escapes ${...} values, so names are rendered as text inside a keyboard-reachable link.
        grid.addColumn(LitRenderer.<PupilRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("id", PupilRow::id)
                        .withProperty("href", row -> PersonLocations.pupil(row.id()))
                        .withProperty("name", row -> row.lastName() + ", " + row.firstName()))
                .setHeader(getTranslation("people.field.name")).setKey("lastName").setSortProperty("lastName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> Formats.date(row.birthDate())).setHeader(getTranslation("people.pupil.field.birthDate"))
                .setKey("birthDate").setSortProperty("birthDate").setAutoWidth(true);
        grid.addColumn(row -> Labels.schoolYear(row.schoolYear()))
                .setHeader(getTranslation("people.pupil.field.schoolYear")).setKey("schoolYear").setSortProperty(PupilService.SCHOOL_ORDER).setAutoWidth(true);
        grid.addColumn(PupilRow::schoolName).setHeader(getTranslation("people.pupil.field.school")).setKey("school").setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.stage().labelKey()) + (row.archived() ? " · " + getTranslation("people.archived") : ""))
                .setHeader(getTranslation("people.pupil.field.stage")).setKey("stage").setSortProperty(PupilService.LIFE_CYCLE_ORDER).setAutoWidth(true);
        grid.addColumn(PupilRow::email).setHeader(getTranslation("people.field.email")).setKey("email").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(PupilRow::phone).setHeader(getTranslation("people.field.phone")).setKey("phone").setSortProperty("phone").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.lastContactDate())).setHeader(getTranslation("people.field.lastContactDate"))
                .setKey("lastContactDate").setSortProperty("lastContactDate").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("people.pupils.empty"));
        grid.setItems(query -> pupils.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilDetailView.class, e.getItem().id())));
    }

    PupilFilter currentFilter() {
        return new PupilFilter(search.getValue(), stage.getValue(), schoolYear.getValue(), archive.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.pupils.title");
    }
}
