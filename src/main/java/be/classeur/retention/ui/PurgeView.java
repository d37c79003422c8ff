package be.classeur.retention.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonLocations;
import be.classeur.retention.DryRun;
import be.classeur.retention.PurgeCandidateRow;
import be.classeur.retention.PurgeFilter;
import be.classeur.retention.PurgeReport;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionJob;
import be.classeur.retention.RetentionLocations;
import be.classeur.retention.domain.PurgeStatus;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.FilterChip;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Toolbars;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The retention purge list of the privacy officer: how many people are nearing their limit, past it, held; the list
 * (lazy, sortable, filtered by kind and status, several rows chosen at once); a dry run; the export as CSV; the check
 * run by hand and the purge of the chosen rows, both in the background with a progress bar (the page polls while they
 * run: the application has no server push), then each record's result.
 */
@Route(RetentionLocations.PURGE)
@Menu(order = 0.6, title = "retention.purge.title", icon = "vaadin:archive")
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class PurgeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final int POLL_MS = 500;

    final Span nearing = new Span();
    final Span past = new Span();
    final Span held = new Span();
    final Select<PersonKind> kind = new Select<>();
    final Select<PurgeStatus> status = new Select<>();
    /** The dashboard's "past their limit" figure is two statuses (queued, failed): shown as a chip, not in the select. */
    final FilterChip pastOnly = new FilterChip(this::refresh);
    final Anchor holds = new Anchor(RetentionLocations.HOLDS, "");
    final Grid<PurgeCandidateRow> grid = new Grid<>(PurgeCandidateRow.class, false);
    final Button runCheck;
    final Button dryRun;
    final Button purgeSelected;
    final Button dismissSelected;
    final Anchor export;
    final ProgressBar progress = new ProgressBar();
    final Paragraph dryRunResult = new Paragraph();

    /** The page's UI while a run is in the background, for its progress updates. */
    private transient volatile @Nullable UI running;
    private volatile PurgeFilter exportFilter = PurgeFilter.all();
    private final transient PurgeService purge;
    private final transient RetentionJob job;

    public PurgeView(PurgeService purge, RetentionJob job) {
        this.purge = purge;
        this.job = job;
        setSizeFull();
        Locale locale = UI.getCurrent().getLocale();

        HorizontalLayout counts = new HorizontalLayout(nearing, past, held);
        counts.addClassName("classeur-facts");

        runCheck = OneClick.button(getTranslation("retention.purge.runCheck"), VaadinIcon.REFRESH.create(), e -> runCheck());
        dryRun = OneClick.button(getTranslation("retention.purge.dryRun"), VaadinIcon.CALC.create(), e -> showDryRun());
        purgeSelected = new Button(getTranslation("retention.purge.purgeSelected"), VaadinIcon.TRASH.create());
        purgeSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        purgeSelected.setEnabled(false);
        purgeSelected.addClickListener(e -> confirmPurge());
        dismissSelected = OneClick.button(getTranslation("retention.purge.dismissSelected"), VaadinIcon.HAND.create(),
                e -> dismissSelected());
        dismissSelected.setEnabled(false);
        // Streamed as the service writes it, page by page, with the filter shown when the link was last refreshed
        // (the download request does not run under the page's lock).
        DownloadHandler csv = event -> {
            event.setFileName("conservation.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (java.io.OutputStream out = event.getOutputStream()) {
                purge.exportCsv(exportFilter, locale, out);
            }
        };
        export = new Anchor(csv, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("retention.purge.export"));
        export.setTarget(AnchorTarget.BLANK);
        export.addClassName("classeur-download");

        Toolbars.filter(kind, "retention.purge.filter.kind", "retention.purge.filter.all", List.of(PersonKind.values()),
                Labels::of, this::refresh);
        Toolbars.filter(status, "retention.purge.filter.status", "retention.purge.filter.all", List.of(PurgeStatus.values()),
                Labels::of, () -> {
                    if (status.getValue() != null) {
                        pastOnly.setVisible(false); // one status chosen replaces the two of the preset
                    }
                    refresh();
                });
        HorizontalLayout toolbar = Toolbars.withSearch(kind, status, pastOnly, runCheck, dryRun, export, dismissSelected,
                purgeSelected);
        holds.setText(getTranslation("lists.holds.link"));
        counts.add(holds);

        progress.setVisible(false);
        progress.setWidthFull();
        dryRunResult.setVisible(false);
        configureGrid();
        add(counts, toolbar, progress, dryRunResult, grid);
        refreshCounts();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(false);
        grid.addColumn(row -> Labels.of(row.person().kind())).setHeader(getTranslation("retention.purge.column.kind"))
                .setKey("kind").setSortProperty("personKind").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> personLink(row.person())))
                .setHeader(getTranslation("retention.purge.column.person")).setKey("person").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(row -> Formats.date(row.keepUntil())).setHeader(getTranslation("retention.purge.column.keepUntil"))
                .setKey("keepUntil").setSortProperty("keepUntil").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(row -> Labels.of(row.status())).setHeader(getTranslation("retention.purge.column.status"))
                .setKey("status").setSortProperty("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.DATE_TIME.format(row.listedAt())).setHeader(getTranslation("retention.purge.column.listedAt"))
                .setKey("listedAt").setSortProperty("listedAt").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(row -> row.result() == null ? "" : row.result().render(getLocale()))
                .setHeader(getTranslation("retention.purge.column.result")).setKey("result").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("retention.purge.empty"));
        grid.setItems(query -> purge.candidates(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addSelectionListener(e -> {
            purgeSelected.setEnabled(!e.getAllSelectedItems().isEmpty());
            dismissSelected.setEnabled(!e.getAllSelectedItems().isEmpty());
        });
    }

    /** The person's page, where a contact or a hold is recorded; by kind and number only (the list holds no names). */
    private Anchor personLink(DataSubjectRef person) {
        return new Anchor(PersonLocations.detail(person), getTranslation("retention.purge.personLink",
                Labels.of(person.kind()), person.id()));
    }

    PurgeFilter currentFilter() {
        return new PurgeFilter(kind.getValue(), status.getValue(), null, null, pastOnly.isVisible());
    }

    /**
     * A link from the dashboard presets the filters ({@link RetentionLocations#purge}): {@code status} a status name or
     * {@link RetentionLocations#PAST}, {@code kind} a kind; unknown values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterChip.enumParameter(event, RetentionLocations.KIND, PersonKind.class).ifPresent(kind::setValue);
        if (FilterChip.parameter(event, RetentionLocations.STATUS).filter(RetentionLocations.PAST::equals).isPresent()) {
            status.clear();
            pastOnly.show(getTranslation("lists.purge.filter.past"));
            refresh();
        } else {
            FilterChip.enumParameter(event, RetentionLocations.STATUS, PurgeStatus.class).ifPresent(status::setValue);
        }
    }

    void refresh() {
        exportFilter = currentFilter();
        grid.getDataProvider().refreshAll();
    }

    void refreshCounts() {
        PurgeService.Counts counts = purge.counts();
        nearing.setText(getTranslation("retention.purge.count.nearing", counts.nearing()));
        past.setText(getTranslation("retention.purge.count.past", counts.past()));
        held.setText(getTranslation("retention.purge.count.held", counts.held()));
    }

    void showDryRun() {
        DryRun run = purge.dryRun();
        dryRunResult.setText(getTranslation("retention.purge.dryRun.result", run.totalWouldPurge(),
                perKind(run.wouldPurge()), run.totalHeld(), run.totalNewerContact()));
        dryRunResult.setVisible(true);
    }

    private String perKind(Map<PersonKind, Long> counts) {
        return String.join(", ", counts.entrySet().stream().map(e -> Labels.of(e.getKey()) + " " + e.getValue()).toList());
    }

    void confirmPurge() {
        Set<PurgeCandidateRow> chosen = grid.getSelectedItems();
        List<Long> ids = chosen.stream().map(PurgeCandidateRow::id).toList();
        Confirmations.confirm("retention.purge.confirm.title", "retention.purge.confirm.text", "retention.purge.confirm.action",
                () -> inBackground(() -> purge.purge(ids, this::progress), this::showReport), ids.size());
    }

    /** Keeps the chosen people for now (a contact recorded elsewhere, the officer's decision): off the purge. */
    void dismissSelected() {
        int kept = 0;
        for (PurgeCandidateRow row : grid.getSelectedItems()) {
            if (row.status() != PurgeStatus.PURGED) {
                purge.dismiss(row.id());
                kept++;
            }
        }
        grid.deselectAll();
        refresh();
        refreshCounts();
        Notifications.success("retention.purge.dismissed", kept);
    }

    void runCheck() {
        inBackground(() -> job.runNow(this::progress), run -> {
            if (run.isEmpty()) {
                Notifications.error("retention.purge.runCheck.busy");
            } else {
                Notifications.success("retention.purge.runCheck.done", run.get().listing().nearing(), run.get().listing().past());
                if (run.get().purged() != null) {
                    showReport(run.get().purged());
                }
            }
        });
    }

    /** Runs the work on another thread as the signed-in officer; the page polls for the progress and the end. */
    private <T> void inBackground(Supplier<T> work, java.util.function.Consumer<T> done) {
        UI ui = UI.getCurrent();
        runCheck.setEnabled(false);
        purgeSelected.setEnabled(false);
        progress.setIndeterminate(true);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MS);
        running = ui;
        // As the signed-in officer: the work's @PreAuthorize checks see their account on the other thread too.
        Thread.ofVirtual().name("retention-ui").start(new DelegatingSecurityContextRunnable(() -> {
            try {
                T result = work.get();
                ui.access(() -> {
                    finished(ui);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    finished(ui);
                    Notifications.error("retention.purge.error.run");
                });
            }
        }));
    }

    private void finished(UI ui) {
        running = null;
        ui.setPollInterval(-1);
        progress.setVisible(false);
        runCheck.setEnabled(true);
        grid.deselectAll();
        refresh();
        refreshCounts();
    }

    /** Called on the background thread after each batch: the bar moves at the page's next poll. */
    private void progress(int batch, long done, long total) {
        UI ui = running;
        if (ui != null && total > 0) {
            ui.access(() -> {
                progress.setIndeterminate(false);
                progress.setValue(Math.min(1.0, (double) done / total));
            });
        }
    }

    void showReport(PurgeReport report) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("retention.purge.report.title"));
        dialog.add(new Paragraph(getTranslation("retention.purge.report.summary", report.count(PurgeStatus.PURGED),
                report.count(PurgeStatus.SKIPPED_CONTACT), report.count(PurgeStatus.SKIPPED_HOLD), report.count(PurgeStatus.FAILED))));
        Grid<PurgeReport.Result> results = new Grid<>(PurgeReport.Result.class, false);
        results.addColumn(r -> getTranslation("retention.purge.personLink", Labels.of(r.person().kind()), r.person().id()))
                .setHeader(getTranslation("retention.purge.column.person"));
        results.addColumn(r -> Labels.of(r.status())).setHeader(getTranslation("retention.purge.column.status"));
        results.addColumn(r -> r.detail() == null ? "" : r.detail().render(getLocale()))
                .setHeader(getTranslation("retention.purge.column.result"));
        results.setItems(report.results());
        results.setWidth("48rem");
        dialog.add(results);
        Button close = new Button(getTranslation("retention.purge.report.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.purge.title");
    }

}
