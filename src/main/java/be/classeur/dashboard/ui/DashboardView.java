package be.classeur.dashboard.ui;

import be.classeur.audit.AuditLog;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.dashboard.DashboardLocations;
import be.classeur.kernel.Roles;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.IdentityCopiesHeld;
import be.classeur.privacy.IdentityProofService;
import be.classeur.privacy.RequestFigures;
import be.classeur.privacy.RequestQueueService;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeService;
import be.classeur.people.PersonDirectory;
import be.classeur.kernel.PersonKind;
import be.classeur.ui.OfficerStartPage;
import be.classeur.ui.components.CurrentUser;
import be.classeur.ui.components.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The privacy officer's start page: consent status per purpose (a chart drawn with CSS, with its numbers in a table),
 * open requests by deadline, retention, identity copies held and recent security events. Every figure comes from a
 * count query of the module that owns the data and links to the filtered list behind it, when the reader may open it.
 */
@Route(DashboardLocations.DASHBOARD)
// Before the request queue (0.5), so that the privacy officer lands here after signing in.
@Menu(order = 0.4, title = "dashboard.title", icon = "vaadin:dashboard")
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
@StyleSheet("styles/dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle, OfficerStartPage {
    /** How far back the security card looks. */
    static final int SECURITY_DAYS = 7;
    /** The chart's order: agreements first, then the two kinds of "no". */
    static final List<ConsentStatus> CHART_ORDER = List.of(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN, ConsentStatus.REFUSED);

    /** One figure shown: its count and the list it opens (null when the reader may not open it, or no list exists). */
    record Figure(long count, @Nullable String href) {
    }

    /** Every figure shown, by a stable key ("requests.OVERDUE", "consent.PHOTOS.GRANTED"...), for the tests. */
    final Map<String, Figure> figures = new LinkedHashMap<>();

    private final boolean officer;
    private final transient RequestQueueService queue;
    private final transient IdentityProofService identity;
    private final transient PurgeService purge;
    private final transient LegalHoldService holds;
    private final transient PersonDirectory people;
    private final transient ConsentLedger consents;
    private final transient AuditLog audit;
    private final transient Clock clock;

    public DashboardView(RequestQueueService queue, IdentityProofService identity, PurgeService purge,
                         LegalHoldService holds, PersonDirectory people, ConsentLedger consents, AuditLog audit, Clock clock) {
        this.queue = queue;
        this.identity = identity;
        this.purge = purge;
        this.holds = holds;
        this.people = people;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
        this.officer = CurrentUser.hasRole(Roles.PRIVACY_OFFICER);
        addClassName("dash");
    }

    /** Counted again on every visit, also when the menu entry is clicked while the page is open. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        figures.clear();
        add(new H2(getTranslation("dashboard.title")));
        Div grid = new Div();
        grid.addClassName("dash-grid");
        grid.add(requestsCard(queue.figures()), retentionCard(purge, holds, people), identityCard(identity.copiesHeld(), clock),
                securityCard(audit, clock), consentCard(consents.countsByPurpose()));
        add(grid);
    }

    // ---- open requests by deadline

    private Component requestsCard(RequestFigures requests) {
        Section card = card("dashboard.requests.title");
        long open = requests.count(DeadlineBucket.OVERDUE) + requests.count(DeadlineBucket.DUE_SOON)
                + requests.count(DeadlineBucket.LATER);
        if (open == 0 && requests.count(DeadlineBucket.AWAITING_IDENTITY) == 0) {
            card.add(empty("dashboard.requests.none"));
        }
        UnorderedList list = figureList();
        for (DeadlineBucket bucket : DeadlineBucket.values()) {
            long count = requests.count(bucket);
            String status = count > 0 && (bucket == DeadlineBucket.OVERDUE || bucket == DeadlineBucket.EXTENSION_NOTICE_UNSENT)
                    ? "alert" : count > 0 && bucket == DeadlineBucket.DUE_SOON ? "warning" : null;
            list.add(figure("requests." + bucket.name(), getTranslation("privacy.bucket." + bucket.name()), count,
                    officer ? DashboardLinks.requests(bucket) : null, status));
        }
        card.add(list);
        return card;
    }

    // ---- retention

    /**
     * Per kind of person: nearing the limit, past it and waiting, restricted (art. 18); then the legal holds in force
     * and the whole purge queue waiting for confirmation.
     */
    private Component retentionCard(PurgeService purge, LegalHoldService holds, PersonDirectory people) {
        Section card = card("dashboard.retention.title");
        card.addClassName("dash-card-double");
        Map<PersonKind, PurgeService.Counts> byKind = purge.countsByKind();
        Map<PersonKind, Long> restricted = people.countRestricted();
        long nearing = byKind.values().stream().mapToLong(PurgeService.Counts::nearing).sum();
        long past = byKind.values().stream().mapToLong(PurgeService.Counts::past).sum();
        if (nearing == 0 && past == 0) {
            card.add(empty("dashboard.retention.none"));
        }
        NativeTable table = new NativeTable();
        table.addClassName("dash-table");
        NativeTableRow headings = new NativeTableRow();
        headings.add(new NativeTableHeaderCell(getTranslation("dashboard.retention.kind")));
        for (String column : List.of("nearing", "past", "restricted")) {
            NativeTableHeaderCell heading = new NativeTableHeaderCell(getTranslation("dashboard.retention." + column));
            heading.getElement().setAttribute("scope", "col");
            headings.add(heading);
        }
        table.getHead().add(headings);
        for (PersonKind kind : PersonKind.values()) {
            PurgeService.Counts counts = byKind.getOrDefault(kind, new PurgeService.Counts(0, 0, 0));
            String kindLabel = Labels.of(kind);
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(kindLabel);
            name.getElement().setAttribute("scope", "row");
            row.add(name,
                    cell("retention.nearing." + kind.name(), counts.nearing(), officer ? DashboardLinks.nearing(kind) : null,
                            kindLabel + ", " + getTranslation("dashboard.retention.nearing")),
                    cell("retention.past." + kind.name(), counts.past(), officer ? DashboardLinks.past(kind) : null,
                            kindLabel + ", " + getTranslation("dashboard.retention.past")),
                    cell("restricted." + kind.name(), restricted.getOrDefault(kind, 0L), DashboardLinks.restricted(kind),
                            kindLabel + ", " + getTranslation("dashboard.retention.restricted")));
            table.getBody().add(row);
        }
        card.add(table);
        UnorderedList list = figureList();
        list.add(figure("retention.holds", getTranslation("dashboard.retention.holds"), holds.countActive(),
                DashboardLinks.holds(), null));
        list.add(figure("retention.queue", getTranslation("dashboard.retention.queue"), past,
                officer ? DashboardLinks.past(null) : null, "warning"));
        card.add(list);
        return card;
    }

    private NativeTableCell cell(String key, long count, @Nullable String href, String what) {
        figures.put(key, new Figure(count, href));
        NativeTableCell cell = new NativeTableCell();
        cell.add(number(count, href, what));
        return cell;
    }

    // ---- identity copies

    private Component identityCard(IdentityCopiesHeld copies, Clock clock) {
        Section card = card("dashboard.identity.title");
        UnorderedList list = figureList();
        list.add(figure("identity.held", getTranslation("dashboard.identity.held"), copies.count(), null, null));
        card.add(list);
        if (copies.count() == 0 || copies.oldestReceivedAt() == null) {
            card.add(empty("dashboard.identity.none"));
            return card;
        }
        long days = copies.oldestAgeDays(clock);
        Paragraph age = new Paragraph(getTranslation("dashboard.identity.oldest", days, copies.maxAgeDays()));
        age.addClassName("dash-note");
        card.add(age);
        if (copies.pastLimit(clock)) {
            card.add(status("alert", getTranslation("dashboard.identity.pastLimit")));
        } else if (copies.nearLimit(clock)) {
            card.add(status("warning", getTranslation("dashboard.identity.nearLimit")));
        }
        return card;
    }

    // ---- security events

    private Component securityCard(AuditLog audit, Clock clock) {
        Section card = card("dashboard.security.title");
        // Today and the six days before it: "the last 7 days" as the card says, and the audit log's "from" day.
        LocalDate from = LocalDate.now(clock).minusDays(SECURITY_DAYS - 1);
        AuditLog.SecurityFigures security = audit.securityFigures(from.atStartOfDay(clock.getZone()).toInstant());
        UnorderedList list = figureList();
        list.add(figure("security.failedLogins", getTranslation("dashboard.security.failedLogins"), security.failedLogins(),
                officer ? DashboardLinks.auditLog(AuditLog.FAILED_LOGINS, from) : null, null));
        list.add(figure("security.accessDenials", getTranslation("dashboard.security.accessDenials"), security.accessDenials(),
                officer ? DashboardLinks.auditLog(AuditLog.ACCESS_DENIALS, from) : null, null));
        card.add(list);
        Paragraph since = new Paragraph(getTranslation("dashboard.security.since", SECURITY_DAYS));
        since.addClassName("dash-note");
        card.add(since);
        return card;
    }

    // ---- consent status per purpose: a stacked bar per purpose, a legend in words, and the numbers in a table

    private Component consentCard(Map<String, Map<ConsentStatus, Long>> counts) {
        Section card = card("dashboard.consent.title");
        card.addClassName("dash-card-wide");
        if (counts.isEmpty()) {
            card.add(empty("dashboard.consent.none"));
            return card;
        }
        card.add(legend());
        Div chart = new Div();
        chart.addClassName("dash-chart");
        for (Map.Entry<String, Map<ConsentStatus, Long>> purpose : counts.entrySet()) {
            chart.add(bar(purposeLabel(purpose.getKey()), purpose.getValue()));
        }
        card.add(chart, consentTable(counts));
        return card;
    }

    private Component legend() {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("dash-legend");
        for (ConsentStatus status : CHART_ORDER) {
            Span swatch = new Span();
            swatch.addClassNames("dash-swatch", "dash-consent-" + status.name().toLowerCase());
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new ListItem(swatch, new Span(Labels.of(status))));
        }
        return legend;
    }

    private Component bar(String purpose, Map<ConsentStatus, Long> byStatus) {
        Div row = new Div();
        row.addClassName("dash-bar-row");
        Span label = new Span(purpose);
        label.addClassName("dash-bar-label");
        Div bar = new Div();
        bar.addClassName("dash-bar");
        // The bar is one picture with its words: screen readers read the label, not the coloured pieces.
        bar.getElement().setAttribute("role", "img");
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (ConsentStatus status : CHART_ORDER) {
            long count = byStatus.getOrDefault(status, 0L);
            total += count;
            parts.add(count + " " + Labels.of(status).toLowerCase(getLocale()));
            if (count > 0) {
                Span piece = new Span();
                piece.addClassNames("dash-piece", "dash-consent-" + status.name().toLowerCase());
                piece.getStyle().set("flex-grow", Long.toString(count));
                bar.add(piece);
            }
        }
        bar.getElement().setAttribute("aria-label", total == 0
                ? getTranslation("dashboard.consent.bar.empty", purpose)
                : getTranslation("dashboard.consent.bar", purpose, String.join(", ", parts)));
        if (total == 0) {
            bar.addClassName("dash-bar-empty");
        }
        row.add(label, bar);
        return row;
    }

    private Component consentTable(Map<String, Map<ConsentStatus, Long>> counts) {
        NativeTable table = new NativeTable();
        table.addClassName("dash-table");
        NativeTableRow headings = new NativeTableRow();
        headings.add(new NativeTableHeaderCell(getTranslation("dashboard.consent.purpose")));
        for (ConsentStatus status : CHART_ORDER) {
            NativeTableHeaderCell heading = new NativeTableHeaderCell(Labels.of(status));
            heading.getElement().setAttribute("scope", "col");
            headings.add(heading);
        }
        table.getHead().add(headings);
        NativeTableBody body = table.getBody();
        for (Map.Entry<String, Map<ConsentStatus, Long>> purpose : counts.entrySet()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(purposeLabel(purpose.getKey()));
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            for (ConsentStatus status : CHART_ORDER) {
                long count = purpose.getValue().getOrDefault(status, 0L);
                row.add(cell("consent." + purpose.getKey() + "." + status.name(), count,
                        DashboardLinks.consents(purpose.getKey(), status), purposeLabel(purpose.getKey()) + ", " + Labels.of(status)));
            }
            body.add(row);
        }
        return table;
    }

    /** The purpose's short name; the register's full wording for a purpose added later without one. */
    private String purposeLabel(String code) {
        String shortName = getTranslation("dashboard.purpose." + code);
        return shortName.startsWith("!") ? getTranslation("privacy.processing.purpose." + code) : shortName;
    }

    // ---- building blocks

    private Section card(String titleKey) {
        Section card = new Section();
        card.addClassName("dash-card");
        card.add(new H3(getTranslation(titleKey)));
        return card;
    }

    private static UnorderedList figureList() {
        UnorderedList list = new UnorderedList();
        list.addClassName("dash-figures");
        return list;
    }

    /** A line "label ... count", the count a link to the list when there is one; a status word when it needs attention. */
    private ListItem figure(String key, String label, long count, @Nullable String href, @Nullable String status) {
        figures.put(key, new Figure(count, href));
        Span text = new Span(label);
        text.addClassName("dash-figure-label");
        ListItem item = new ListItem(text, number(count, href, label));
        item.addClassName("dash-figure");
        if (status != null && count > 0) {
            item.addClassName("dash-" + status);
            item.add(status(status, getTranslation("dashboard.status." + status)));
        }
        return item;
    }

    /** The number itself; as a link, its accessible name says what it counts, not only the number. */
    private Component number(long count, @Nullable String href, String what) {
        if (href == null) {
            Span plain = new Span(Long.toString(count));
            plain.addClassName("dash-number");
            return plain;
        }
        Anchor link = new Anchor(href, Long.toString(count));
        link.addClassName("dash-number");
        link.getElement().setAttribute("aria-label", getTranslation("dashboard.figure.open", count, what));
        return link;
    }

    private static Span status(String status, String text) {
        Span badge = new Span(text);
        badge.addClassNames("dash-status", "dash-status-" + status);
        return badge;
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("dash-empty");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
