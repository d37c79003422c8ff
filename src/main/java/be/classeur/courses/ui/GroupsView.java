package be.classeur.courses.ui;

import be.classeur.ui.components.Labels;
import be.classeur.courses.GroupLocations;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupChoices;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.kernel.Roles;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.TrainerService;
import be.classeur.ui.components.ColumnPicker;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.SearchFields;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/** The course groups: searchable, filterable, loaded from the database page by page. */
@Route(GroupLocations.GROUPS)
@Menu(order = 4, title = "courses.groups.title", icon = "vaadin:group")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {
    final TextField search = new TextField();
    final Select<Period> period = new Select<>();
    final Select<GroupChoices.Choice> subject = new Select<>();
    final ComboBox<PersonRow> trainer = new ComboBox<>();
    final Select<GroupStatus> status = new Select<>();
    final Checkbox freePlaces = new Checkbox();
    final Button create = new Button();
    final Grid<GroupRow> grid = new Grid<>(GroupRow.class, false);
    /** Names the grid in each account's stored choice of columns. */
    static final String GRID_KEY = "groups";
    ColumnPicker<GroupRow> columns;

    private final transient CourseGroupService groups;
    private final transient PeriodService periods;
    private final transient TrainerService trainers;
    private final transient GroupFormFactory forms;

    public GroupsView(CourseGroupService groups, PeriodService periods, TrainerService trainers,
                      GroupFormFactory forms) {
        this.groups = groups;
        this.periods = periods;
        this.trainers = trainers;
        this.forms = forms;
        setSizeFull();
        HorizontalLayout toolbar = toolbar();
        add(toolbar, grid);
        configureGrid();
        toolbar.add(columns);
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "courses.filter.search", "courses.filter.search.placeholder", this::refresh);

        Toolbars.filter(period, "courses.group.field.period", "courses.filter.all",
                periods.periods(), Period::getName, this::refresh);

        Toolbars.filter(subject, "courses.group.field.subject", "courses.filter.all",
                groups.activeSubjects(), GroupChoices.Choice::label, this::refresh);

        trainer.setLabel(getTranslation("courses.group.field.trainer"));
        trainer.setPlaceholder(getTranslation("courses.filter.all"));
        trainer.setItems(query -> trainers.search(new PersonFilter(query.getFilter().orElse(null), ArchiveFilter.ALL),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        trainer.setItemLabelGenerator(t -> t.lastName() + ", " + t.firstName());
        trainer.setClearButtonVisible(true);
        trainer.addValueChangeListener(e -> refresh());

        Toolbars.filter(status, "courses.group.field.status", "courses.filter.all",
                List.of(GroupStatus.values()), st -> Labels.of(st), this::refresh);

        freePlaces.setLabel(getTranslation("courses.filter.freePlaces"));
        freePlaces.addValueChangeListener(e -> refresh());

        create.setText(getTranslation("courses.group.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> forms.openNew(saved -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(GroupDetailView.class, saved.getId()));
        }));
        create.setVisible(CoursesViews.canWrite());

        HorizontalLayout toolbar = Toolbars.withSearch(search, period, subject, trainer, status, freePlaces, create);
        return toolbar;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Fixed widths rather than auto width; the name and the trainers share what is left.
        grid.addColumn(ListGrids.nameLink(GroupRow::name, GroupLocations::group, GroupRow::id))
                .setHeader(getTranslation("courses.group.field.name")).setKey("name").setSortProperty("name")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(GroupRow::subject).setHeader(getTranslation("courses.group.field.subject")).setKey("subject")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(GroupRow::period).setHeader(getTranslation("courses.group.field.period")).setKey("period")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> Labels.schoolYears(row.levels())).setHeader(getTranslation("grid.header.levels")).setKey("levels")
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(GroupRow::trainers).setHeader(getTranslation("courses.group.field.trainers")).setKey("trainers")
                .setWidth("11rem").setFlexGrow(1);
        grid.addColumn(GroupRow::room).setHeader(getTranslation("courses.group.field.room")).setKey("room").setSortProperty("room")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<GroupRow>of("<span>${item.count}</span> "
                                + "<span theme=\"badge error small\" ?hidden=\"${!item.over}\">${item.overText}</span>")
                        .withProperty("count", row -> row.enrolled() + " / " + row.capacity())
                        .withProperty("over", GroupRow::overCapacity)
                        .withProperty("overText", row -> row.overCapacity()
                                ? getTranslation("courses.group.overCapacity", row.enrolled() - row.capacity()) : ""))
                .setHeader(getTranslation("grid.header.enrolled")).setKey("enrolled")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> Labels.of(row.status()))
                .setHeader(getTranslation("courses.group.field.status")).setKey("status").setSortProperty("status")
                .setWidth("8rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("courses.groups.empty"));
        grid.setItems(query -> groups.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        ListGrids.openOnClick(grid, row -> getUI().ifPresent(ui -> ui.navigate(GroupDetailView.class, row.id())));
        columns = new ColumnPicker<>(grid, GRID_KEY, Set.of("name"), Set.of("period", "room"))
                .withCard(ListGrids.card(GroupRow::name, GroupLocations::group, GroupRow::id,
                        row -> ListGrids.facts(row.subject(), Labels.schoolYears(row.levels()),
                                row.enrolled() + " / " + row.capacity(), Labels.of(row.status()))));
    }

    GroupFilter currentFilter() {
        return new GroupFilter(search.getValue(),
                period.getValue() == null ? null : period.getValue().getId(),
                subject.getValue() == null ? null : subject.getValue().id(),
                trainer.getValue() == null ? null : trainer.getValue().id(),
                status.getValue(),
                freePlaces.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.groups.title");
    }
}
