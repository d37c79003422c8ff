package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.RequestLocations;
import be.classeur.kernel.Roles;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.FilterChip;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.ColumnPicker;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.SearchFields;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rights-request queue: open requests first by deadline, with the days left as a coloured badge. */
@Route(RequestLocations.REQUESTS)
// First entry for privacy officers (0.5: after the trainers' own page, which they never have), so that their start
// page is the queue with its due-soon and overdue alerts.
@Menu(order = 0.5, title = "privacy.requests.title", icon = "vaadin:clipboard-check")
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class RequestsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    final TextField search = new TextField();
    final Select<RequestStatus> status = new Select<>();
    final Select<Right> right = new Select<>();
    final ComboBox<String> assignee = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    /** One group of the dashboard ({@link RequestLocations#requests(String)}): the figure's rule, not a date filter. */
    final Select<DeadlineBucket> bucket = new Select<>();
    final Button record = new Button();
    final Grid<RequestRow> grid = new Grid<>(RequestRow.class, false);
    /** Names the grid in each account's stored choice of columns. */
    static final String GRID_KEY = "requests";
    ColumnPicker<RequestRow> columns;
    Grid.Column<RequestRow> daysLeftColumn;

    private final transient RequestQueueService queue;
    private final transient RequestIntakeService intake;
    private final transient Clock clock;

    public RequestsView(RequestQueueService queue, RequestIntakeService intake, Clock clock) {
        this.queue = queue;
        this.intake = intake;
        this.clock = clock;
        setSizeFull();
        // Alerts of the privacy officer's start: open requests due within 7 days and overdue ones.
        add(new PrivacyAlertsBanner(queue.dueSoonAndOverdue()));
        add(IdentityCopiesExpiredBanner.of()); // identity copies the age limit deleted lately
        HorizontalLayout toolbar = toolbar();
        add(toolbar, grid);
        configureGrid();
        toolbar.add(columns);
    }

    private HorizontalLayout toolbar() {
        SearchFields.configure(search, "privacy.requests.filter.search", "privacy.requests.filter.search.placeholder", this::refresh);

        Toolbars.filter(status, "privacy.request.field.status", "privacy.filter.all",
                List.of(RequestStatus.values()), st -> Labels.of(st), this::refresh);

        Toolbars.filter(right, "privacy.request.field.right", "privacy.filter.all",
                List.of(Right.values()), r -> Labels.of(r), this::refresh);

        assignee.setLabel(getTranslation("privacy.request.field.assignee"));
        // Officers are shown by name; the filter still holds the login the requests are assigned to.
        Map<String, String> assigneeNames = queue.assigneeNames();
        assignee.setItems(List.copyOf(assigneeNames.keySet()));
        assignee.setItemLabelGenerator(login -> assigneeNames.getOrDefault(login, login));
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("privacy.filter.all"));
        assignee.addValueChangeListener(e -> refresh());

        Toolbars.filter(bucket, "lists.requests.filter.bucket", "privacy.filter.all",
                List.of(DeadlineBucket.values()), b -> getTranslation("privacy.bucket." + b.name()), this::refresh);
        bucket.addClassName("filter-preset");

        overdueOnly.setLabel(getTranslation("privacy.requests.filter.overdue"));
        overdueOnly.addValueChangeListener(e -> refresh());

        record.setText(getTranslation("privacy.request.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> new RecordRequestDialog(intake, clock, id -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, id));
        }).open());

        HorizontalLayout toolbar = Toolbars.withSearch(search, status, right, assignee, bucket, overdueOnly, record);
        return toolbar;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        // Fixed widths rather than auto width, the status beside the requester: the default columns fit 1280 px.
        daysLeftColumn = grid.addColumn(new ComponentRenderer<>(row -> DeadlineBadge.of(row.daysLeft())))
                .setHeader(getTranslation("privacy.request.field.daysLeft")).setKey("daysLeft").setSortProperty("dueOn")
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(ListGrids.nameLink(RequestRow::requester, RequestLocations::request, RequestRow::id))
                .setHeader(getTranslation("privacy.request.field.requester")).setKey("requester").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(row -> PrivacyTexts.rights(row.rights())).setHeader(getTranslation("grid.header.rights"))
                .setKey("rights").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> Labels.of(row.status())).setHeader(getTranslation("privacy.request.field.status"))
                .setKey("status").setSortProperty("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.assigneeName() == null ? "" : row.assigneeName()).setHeader(getTranslation("grid.header.assignee"))
                .setKey("assignee").setSortProperty("assignee").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.deadline())).setHeader(getTranslation("privacy.request.field.deadline"))
                .setKey("deadline").setSortProperty("dueOn").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.receivedOn())).setHeader(getTranslation("privacy.request.field.receivedOn"))
                .setKey("receivedOn").setSortProperty("receivedOn").setWidth("7.5rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("privacy.requests.empty"));
        grid.setItems(query -> queue.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(daysLeftColumn, SortDirection.ASCENDING)));
        ListGrids.openOnClick(grid, row -> getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, row.id())));
        columns = new ColumnPicker<>(grid, GRID_KEY, Set.of("requester"), Set.of("receivedOn"))
                .withCard(ListGrids.card(RequestRow::requester, RequestLocations::request, RequestRow::id,
                        row -> ListGrids.facts(PrivacyTexts.rights(row.rights()), Labels.of(row.status()),
                                Formats.date(row.deadline()))));
    }

    RequestFilter currentFilter() {
        return new RequestFilter(status.getValue(), right.getValue(), assignee.getValue(), overdueOnly.getValue(), search.getValue(),
                bucket.getValue());
    }

    /** A link from the dashboard presets the group ({@code ?bucket=OVERDUE}); an unknown name is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterChip.enumParameter(event, RequestLocations.BUCKET, DeadlineBucket.class).ifPresent(bucket::setValue);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.requests.title");
    }
}
