package be.classeur.audit.ui;

import be.classeur.accounts.Role;
import be.classeur.accounts.StaffNames.StaffAccount;
import be.classeur.audit.AuditFilter;
import be.classeur.audit.AuditLocations;
import be.classeur.audit.AuditRow;
import be.classeur.audit.AuditActions;
import be.classeur.audit.AuditTrail;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.RequestLocations;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonLocations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.SearchFields;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The audit log for the privacy officer: a lazy grid, newest first, filtered by account, role, person, action and
 * period; a line opens the person or the rights request it concerns; the lines kept are exported as CSV for an
 * inspection. The dashboard links here with {@code ?action=...&from=...}, which preset the filters. Privacy officer
 * only (see {@link AuditTrail}). Every text from the log is shown as text, never as HTML.
 */
@Route(AuditLocations.LOG)
@Menu(order = 9.5, title = "audit.log.title", icon = "vaadin:records")
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    /** The account filter's entry for the application's own jobs (no account; ids start at 1). */
    static final long SYSTEM_JOBS = 0;

    final ComboBox<StaffAccount> account = new ComboBox<>();
    final Select<Role> role = new Select<>();
    final Select<PersonKind> personKind = new Select<>();
    final TextField person = new TextField();
    final MultiSelectComboBox<String> actions = new MultiSelectComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Anchor export;

    private final transient AuditTrail trail;
    /** The people the person filter stands for, worked out once per change (null: no person filter). */
    private @Nullable Set<DataSubjectRef> people;
    /** The filter of the grid, read by the download (which does not run under the page's lock). */
    private volatile AuditFilter exportFilter = AuditFilter.all();
    private boolean presetting;

    public AuditLogView(AuditTrail trail) {
        this.trail = trail;
        setSizeFull();
        Locale locale = UI.getCurrent().getLocale();

        List<StaffAccount> accounts = new ArrayList<>();
        accounts.add(new StaffAccount(SYSTEM_JOBS, getTranslation("audit.log.filter.system")));
        accounts.addAll(trail.accounts());
        account.setLabel(getTranslation("audit.log.filter.account"));
        account.setItems(accounts);
        account.setItemLabelGenerator(StaffAccount::name);
        account.setClearButtonVisible(true);
        account.setPlaceholder(getTranslation("audit.log.filter.all"));
        account.addValueChangeListener(e -> refresh());

        Toolbars.filter(role, "audit.log.filter.role", "audit.log.filter.all", List.of(Role.values()), Labels::of, this::refresh);
        Toolbars.filter(personKind, "audit.log.filter.personKind", "audit.log.filter.all", List.of(PersonKind.values()),
                Labels::of, this::refresh);
        SearchFields.configure(person, "audit.log.filter.person", "audit.log.filter.person.placeholder", this::refresh);

        actions.setLabel(getTranslation("audit.log.filter.action"));
        actions.setItems(trail.actions());
        actions.setItemLabelGenerator(code -> AuditActions.label(locale, code));
        actions.setPlaceholder(getTranslation("audit.log.filter.all"));
        actions.setClearButtonVisible(true);
        actions.addValueChangeListener(e -> refresh());

        from = Formats.datePicker(getTranslation("audit.log.filter.from"));
        to = Formats.datePicker(getTranslation("audit.log.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        // Streamed as the service reads it, page by page, with the filter of the grid at the time of the click.
        DownloadHandler csv = event -> {
            event.setFileName(getTranslation("audit.log.export.fileName"));
            event.setContentType("text/csv;charset=UTF-8");
            try (java.io.OutputStream out = event.getOutputStream()) {
                trail.exportCsv(exportFilter, locale, out);
            }
        };
        export = new Anchor(csv, AttachmentType.DOWNLOAD, getTranslation("audit.log.export"));
        export.setTarget(AnchorTarget.BLANK);
        export.addClassName("classeur-download");

        HorizontalLayout toolbar = Toolbars.withSearch(person, personKind, account, role, actions, from, to, export);
        configureGrid(locale);
        add(toolbar, grid);
    }

    private void configureGrid(Locale locale) {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Formats.DATE_TIME.format(row.occurredAt())).setHeader(getTranslation("audit.log.column.when"))
                .setKey("when").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.actor() + (row.roles() == null ? "" : " (" + roleNames(row.roles()) + ")"))
                .setHeader(getTranslation("audit.log.column.actor")).setKey("actor").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(row -> AuditActions.label(locale, row.action())).setHeader(getTranslation("audit.log.column.action"))
                .setKey("action").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::personLink)).setHeader(getTranslation("audit.log.column.person"))
                .setKey("person").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::requestLink)).setHeader(getTranslation("audit.log.column.request"))
                .setKey("request").setWidth("7rem").setFlexGrow(0);
        // Plain text: a text renderer escapes it (a detail may quote anything typed by a user).
        grid.addColumn(row -> row.detail() == null ? "" : row.detail()).setHeader(getTranslation("audit.log.column.detail"))
                .setKey("detail").setWidth("14rem").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("audit.log.empty"));
        grid.setItems(query -> trail.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private Component personLink(AuditRow row) {
        DataSubjectRef subject = row.subject();
        if (subject == null) {
            return new Span();
        }
        String name = row.subjectName() != null ? row.subjectName() : Labels.of(subject.kind()) + " #" + subject.id();
        return new Anchor(PersonLocations.detail(subject), name);
    }

    private Component requestLink(AuditRow row) {
        Long id = row.requestId();
        return id == null ? new Span() : new Anchor(RequestLocations.request(id), getTranslation("audit.log.request", String.valueOf(id)));
    }

    private String roleNames(String codes) {
        return Arrays.stream(codes.split(",")).map(String::strip).map(code -> {
            try {
                return Labels.of(Role.valueOf(code));
            } catch (IllegalArgumentException e) {
                return code; // SYSTEM, NONE: as stored
            }
        }).collect(Collectors.joining(", "));
    }

    /** The filter the grid shows, from the fields. */
    AuditFilter currentFilter() {
        StaffAccount chosen = account.getValue();
        return new AuditFilter(chosen == null || chosen.id() == SYSTEM_JOBS ? null : chosen.id(),
                chosen != null && chosen.id() == SYSTEM_JOBS, role.getValue() == null ? null : role.getValue().name(),
                people, actions.getValue(), from.getValue(), to.getValue(), personKind.getValue());
    }

    void refresh() {
        if (presetting) {
            return;
        }
        String typed = person.getValue().strip();
        people = typed.isEmpty() ? null : trail.peopleMatching(personKind.getValue(), typed);
        exportFilter = currentFilter();
        grid.getDataProvider().refreshAll();
    }

    /** The dashboard's links preset the actions and the first day: {@code audit?action=LOGIN_FAILED&from=2026-11-25}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Set<String> wanted = parameters.getOrDefault(AuditLocations.ACTION, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(a -> a.matches("[A-Z0-9_]{1,30}"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        LocalDate first = parameters.getOrDefault(AuditLocations.FROM, List.of()).stream().findFirst()
                .map(AuditLogView::date).orElse(null);
        presetting = true;
        try {
            if (!wanted.isEmpty()) {
                // An action the log does not hold yet is still a valid filter (no line).
                Set<String> known = new LinkedHashSet<>(trail.actions());
                known.addAll(wanted);
                actions.setItems(known);
                actions.setValue(wanted);
            }
            if (first != null) {
                from.setValue(first);
            }
        } finally {
            presetting = false;
        }
        refresh();
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }
}
