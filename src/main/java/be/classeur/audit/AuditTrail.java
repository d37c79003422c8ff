package be.classeur.audit;

import be.classeur.accounts.StaffNames;
import be.classeur.kernel.Actors;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.kernel.SpreadsheetText;
import be.classeur.kernel.Translations;
import be.classeur.kernel.audit.SecurityEvent;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonSummary;
import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as the privacy officer reads it: filtered, newest first, one page at a time, and exported as CSV for
 * an inspection (the export is itself audited).
 * <p>
 * Privacy officer only, not administrators: the log names the staff who acted and the people they acted on, and it
 * is the officer's tool to supervise the processing (GDPR art. 39), administrators included; an administrator would
 * otherwise read the trail of their own accesses. Administrators see the counts of security events on the dashboard.
 */
@Service
public class AuditTrail {
    static final String READERS = "hasRole('" + Roles.PRIVACY_OFFICER + "')";
    /** Rows per query of the CSV export: the export never holds more than one page. */
    static final int EXPORT_PAGE = 500;
    /** At most this many people per kind for a name typed in the person filter. */
    static final int PEOPLE_MATCHED = 200;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

    private final AuditEntryRepository entries;
    private final StaffNames staff;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;

    AuditTrail(AuditEntryRepository entries, StaffNames staff, PersonDirectory directory, ApplicationEventPublisher events) {
        this.entries = entries;
        this.staff = staff;
        this.directory = directory;
        this.events = events;
    }

    /** One page of the lines the filter keeps, newest first (the page's own sort is ignored). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Slice<AuditRow> search(AuditFilter filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Slice<AuditEntry> slice = entries.findBy(specification(filter), q -> q.sortBy(NEWEST_FIRST).slice(page));
        return rows(slice, true);
    }

    /** The actions found in the log, for the action filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.findDistinctActions();
    }

    /** The staff accounts, for the account filter. */
    @PreAuthorize(READERS)
    public List<StaffNames.StaffAccount> accounts() {
        return staff.accounts();
    }

    /**
     * The people a text in the person filter stands for: a number is a record's id (of the kind chosen, or of every
     * kind), anything else is searched in names, e-mails and phones the way the people lists do.
     */
    @PreAuthorize(READERS)
    public Set<DataSubjectRef> peopleMatching(@Nullable PersonKind kind, String text) {
        String typed = text.strip();
        if (typed.matches("\\d{1,18}")) {
            long id = Long.parseLong(typed);
            return kind != null ? Set.of(new DataSubjectRef(kind, id))
                    : java.util.Arrays.stream(PersonKind.values()).map(k -> new DataSubjectRef(k, id)).collect(Collectors.toSet());
        }
        return Set.copyOf(directory.matching(kind, typed, PEOPLE_MATCHED));
    }

    /**
     * The lines the filter keeps as CSV, newest first, written page by page as they are read. Text cells cannot run
     * as spreadsheet formulas. People appear by kind and record number, not by name: the inspection reads the trail,
     * the records are opened in the application. The export itself is an audit line naming the filter.
     */
    @PreAuthorize(READERS)
    public void exportCsv(AuditFilter filter, Locale locale, OutputStream out) {
        events.publishEvent(SecurityEvent.of("AUDIT_EXPORTED", filter.describe()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                    text(locale, "audit.csv.when"), text(locale, "audit.csv.actor"), text(locale, "audit.csv.roles"),
                    text(locale, "audit.csv.action"), text(locale, "audit.csv.actionCode"),
                    text(locale, "audit.csv.personKind"), text(locale, "audit.csv.personId"),
                    text(locale, "audit.csv.request"), text(locale, "audit.csv.detail")).get());
            // The lines as they stand when the export starts: lines written meanwhile would shift the pages (repeats).
            Long last = entries.lastId();
            Specification<AuditEntry> spec = specification(filter).and((root, query, cb) -> last == null ? cb.disjunction()
                    : cb.lessThanOrEqualTo(root.get("id"), last));
            Pageable page = PageRequest.of(0, EXPORT_PAGE, NEWEST_FIRST);
            while (true) {
                Pageable current = page;
                Slice<AuditRow> slice = rows(entries.findBy(spec, q -> q.sortBy(NEWEST_FIRST).slice(current)), false);
                for (AuditRow row : slice.getContent()) {
                    csv.printRecord(DisplayFormats.iso(row.occurredAt()), SpreadsheetText.safe(row.actor()),
                            row.roles() == null ? "" : row.roles(), SpreadsheetText.safe(AuditActions.label(locale, row.action())),
                            row.action(),
                            row.subject() == null ? "" : text(locale, row.subject().kind().labelKey()),
                            row.subject() == null ? "" : row.subject().id(),
                            row.requestId() == null ? "" : row.requestId(),
                            row.detail() == null ? "" : SpreadsheetText.safe(row.detail()));
                }
                csv.flush();
                if (!slice.hasNext()) {
                    break;
                }
                page = slice.nextPageable();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit log", e);
        }
    }

    private Slice<AuditRow> rows(Slice<AuditEntry> slice, boolean withNames) {
        Set<Long> accounts = slice.getContent().stream().map(AuditEntry::actorAccountId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = accounts.isEmpty() ? Map.of() : staff.displayNamesById(accounts);
        List<DataSubjectRef> subjects = slice.getContent().stream().map(AuditTrail::subject)
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<DataSubjectRef, String> people = !withNames || subjects.isEmpty() ? Map.of()
                : directory.summaries(subjects).stream().collect(Collectors.toMap(PersonSummary::ref, PersonSummary::name, (a, b) -> a));
        return slice.map(e -> {
            DataSubjectRef subject = subject(e);
            String actor = e.actorAccountId() == null ? (e.actor() == null ? "" : e.actor())
                    : names.getOrDefault(e.actorAccountId(), "#" + e.actorAccountId());
            return new AuditRow(e.id(), e.occurredAt(), e.actorAccountId(), actor, e.actorRoles(), e.action(), subject,
                    subject == null ? null : people.get(subject), e.requestId(), e.detail());
        });
    }

    private static @Nullable DataSubjectRef subject(AuditEntry e) {
        return e.subjectKind() == null || e.subjectId() == null ? null : new DataSubjectRef(e.subjectKind(), e.subjectId());
    }

    static Specification<AuditEntry> specification(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.account() != null || filter.systemJobs()) {
                List<Predicate> who = new ArrayList<>();
                if (filter.account() != null) {
                    who.add(cb.equal(root.get("actorAccountId"), filter.account()));
                }
                if (filter.systemJobs()) {
                    // The jobs' own lines ("system" or "system:<job>"), not every line without an account (failed sign-ins).
                    who.add(cb.and(cb.isNull(root.get("actorAccountId")), cb.or(cb.equal(root.get("actor"), Actors.SYSTEM),
                            cb.like(root.get("actor"), Actors.SYSTEM + ":%"))));
                }
                all.add(cb.or(who.toArray(Predicate[]::new)));
            }
            if (filter.role() != null) {
                // Roles are stored comma-separated ("ADMIN,PRIVACY_OFFICER"): match a whole role, "_" taken literally.
                all.add(cb.like(cb.concat(cb.concat(",", root.get("actorRoles")), ","),
                        "%," + filter.role().replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + ",%", '\\'));
            }
            Set<DataSubjectRef> people = filter.people();
            if (people != null) {
                List<Predicate> any = new ArrayList<>();
                people.stream().collect(Collectors.groupingBy(DataSubjectRef::kind,
                                Collectors.mapping(DataSubjectRef::id, Collectors.toSet())))
                        .forEach((kind, ids) -> any.add(cb.and(cb.equal(root.get("subjectKind"), kind),
                                root.get("subjectId").in(ids))));
                all.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (filter.personKind() != null && people == null) {
                all.add(cb.equal(root.get("subjectKind"), filter.personKind()));
            }
            if (!filter.actions().isEmpty()) {
                all.add(root.get("action").in(filter.actions()));
            }
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(DisplayFormats.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                all.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(DisplayFormats.ZONE).toInstant()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String text(Locale locale, String key) {
        return Translations.text(locale, key);
    }
}
