package be.classeur.retention;

import be.classeur.erasure.Erasure;
import be.classeur.erasure.LegalHoldException;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.LegalHolds;
import be.classeur.kernel.OpenRightsRequests;
import be.classeur.kernel.Message;
import be.classeur.kernel.Pages;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SystemJob;
import be.classeur.kernel.Translations;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.kernel.audit.SecurityEvent;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonSummary;
import be.classeur.retention.domain.PurgeCandidate;
import be.classeur.retention.domain.PurgeCandidateRepository;
import be.classeur.retention.domain.PurgeStatus;
import be.classeur.retention.domain.RetentionDate;
import be.classeur.retention.domain.RetentionDateQueries;
import be.classeur.retention.domain.RetentionDateRepository;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge list and the purge. The nightly job ({@link RetentionJob}) lists the people nearing and past
 * their retention limit; the privacy officer sorts, filters and exports the list, asks for a dry run, then purges the
 * chosen records (or the job does, in automatic mode). The purge works in batches and erases each person in a
 * transaction of their own, so that one failure never stops the others; each person is checked again first: a newer
 * contact or a legal hold skips them, and the run reports every record's result.
 */
@Service
public class PurgeService {
    static final String OFFICER = "hasRole('PRIVACY_OFFICER')";
    static final String OFFICER_OR_JOB = PersonalDataHandler.CALLERS;
    /** Counts only (no personal data): the officer, an administrator reading the dashboard, the morning alerts. */
    static final String FIGURES = "hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + SystemJob.ONLY + SystemJob.MORNING_ALERTS + "')";
    /** The pseudonym a purged person is erased under: the purge list's row, so that the trace names no one. */
    static final String PSEUDONYM_PREFIX = "Retention-";
    static final String CAUSE = "retention purge";
    private static final Logger log = LoggerFactory.getLogger(PurgeService.class);
    private static final Set<String> SORTABLE = Set.of("personKind", "keepUntil", "status", "listedAt");
    private static final Sort DEFAULT_SORT = Sort.by("keepUntil");
    private static final int EXPORT_PAGE = 500;

    private final PurgeCandidateRepository candidates;
    private final RetentionDateRepository dates;
    private final RetentionRecheck recheck;
    private final Erasure erasure;
    private final List<OpenRightsRequests> openRequests;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final RetentionSettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;

    PurgeService(PurgeCandidateRepository candidates, RetentionDateRepository dates, RetentionRecheck recheck,
                 Erasure erasure, List<OpenRightsRequests> openRequests, PersonDirectory directory,
                 ApplicationEventPublisher events, RetentionSettings settings, Clock clock,
                 PlatformTransactionManager transactions) {
        this.candidates = candidates;
        this.dates = dates;
        this.recheck = recheck;
        this.erasure = erasure;
        this.openRequests = List.copyOf(openRequests);
        this.directory = directory;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** How many people are nearing their limit, past it and waiting, and held by a legal hold at the last purge. */
    public record Counts(long nearing, long past, long held) {
        public boolean nothingDue() {
            return nearing == 0 && past == 0 && held == 0;
        }
    }

    @PreAuthorize(FIGURES)
    @Transactional(readOnly = true)
    public Counts counts() {
        // The list's own filters, as countsByKind: each figure is the number of rows its link shows.
        return new Counts(candidates.count(specification(PurgeFilter.nearing(null))),
                candidates.count(specification(PurgeFilter.past(null))),
                candidates.count(specification(PurgeFilter.held(null))));
    }

    /**
     * The same three figures for each kind of person: count queries with the purge list's own filter
     * ({@link PurgeFilter#nearing}, {@link PurgeFilter#past}, {@link PurgeFilter#held}), so that each figure is the
     * number of rows the list shows for it ({@link RetentionLocations#purge}). No personal data.
     */
    @PreAuthorize(FIGURES)
    @Transactional(readOnly = true)
    public Map<PersonKind, Counts> countsByKind() {
        Map<PersonKind, Counts> counts = new EnumMap<>(PersonKind.class);
        for (PersonKind kind : PersonKind.values()) {
            counts.put(kind, new Counts(candidates.count(specification(PurgeFilter.nearing(kind))),
                    candidates.count(specification(PurgeFilter.past(kind))),
                    candidates.count(specification(PurgeFilter.held(kind)))));
        }
        return counts;
    }

    /** One page of the purge list, sorted on an allowed column (kind, limit, status, listing time), then by id. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public Slice<PurgeCandidateRow> candidates(PurgeFilter filter, Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, SORTABLE, DEFAULT_SORT, "id");
        return candidates.findBy(specification(filter), q -> q.sortBy(page.getSort()).slice(page)).map(PurgeService::row);
    }

    /**
     * The listing: every person whose retention date is before today + the window is on the list, once (nearing, or
     * queued when past); rows whose person left the window go. Reads the dates in batches, one transaction each.
     */
    @PreAuthorize(OFFICER_OR_JOB)
    public ListingResult list(ProgressListener progress) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(settings.nearingDays());
        Instant now = clock.instant();
        long[] counts = new long[2];
        long after = 0;
        int batch = 0;
        while (true) {
            long from = after;
            List<RetentionDate> page = ownTransaction.execute(s -> {
                List<RetentionDate> found = dates.findBy(
                        RetentionDateQueries.keptUntilBefore(horizon).and(RetentionDateQueries.idAfter(from)),
                        q -> q.sortBy(Sort.by("id")).slice(PageRequest.of(0, settings.batchSize()))).getContent();
                upsert(found, today, now, counts);
                return found;
            });
            if (page == null || page.isEmpty()) {
                break;
            }
            after = page.getLast().getId();
            progress.batchDone(++batch, counts[0] + counts[1], -1);
        }
        Integer dropped = ownTransaction.execute(s -> candidates.deleteNoLongerDue(PurgeStatus.open(), horizon));
        log.info("Retention list: {} nearing their limit, {} past it, {} no longer due", counts[0], counts[1], dropped);
        return new ListingResult(counts[0], counts[1], dropped == null ? 0 : dropped);
    }

    private void upsert(List<RetentionDate> found, LocalDate today, Instant now, long[] counts) {
        Map<PersonKind, List<Long>> idsByKind = found.stream().collect(Collectors.groupingBy(RetentionDate::getPersonKind,
                () -> new EnumMap<>(PersonKind.class), Collectors.mapping(RetentionDate::getPersonId, Collectors.toList())));
        Map<DataSubjectRef, PurgeCandidate> listed = new HashMap<>();
        idsByKind.forEach((kind, ids) -> candidates.findByPersonKindAndPersonIdIn(kind, ids)
                .forEach(c -> listed.put(c.person(), c)));
        for (RetentionDate date : found) {
            DataSubjectRef ref = new DataSubjectRef(date.getPersonKind(), date.getPersonId());
            boolean past = date.getKeepUntil().isBefore(today);
            PurgeStatus status = past ? PurgeStatus.QUEUED : PurgeStatus.NEARING;
            counts[past ? 1 : 0]++;
            PurgeCandidate candidate = listed.get(ref);
            if (candidate == null) {
                candidates.save(new PurgeCandidate(ref, date.getKeepUntil(), status, now));
            } else {
                candidate.relist(date.getKeepUntil(), status, now);
            }
        }
    }

    /** What purging every waiting record would do now, by kind; nothing is written. */
    @PreAuthorize(OFFICER)
    public DryRun dryRun() {
        LocalDate today = LocalDate.now(clock);
        Map<PersonKind, Long> wouldPurge = new EnumMap<>(PersonKind.class);
        Map<PersonKind, Long> held = new EnumMap<>(PersonKind.class);
        Map<PersonKind, Long> newerContact = new EnumMap<>(PersonKind.class);
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = readOnly.execute(s -> candidates.findIdsByStatus(PurgeStatus.purgeable(), from,
                    PageRequest.of(0, settings.batchSize())));
            if (ids == null || ids.isEmpty()) {
                break;
            }
            readOnly.executeWithoutResult(s -> {
                for (PurgeCandidate c : candidates.findAllById(ids)) {
                    DataSubjectRef ref = c.person();
                    if (activeHold(ref).isPresent() || openRequest(ref).isPresent()) {
                        held.merge(ref.kind(), 1L, Long::sum);
                    } else if (!storedPastLimit(ref, today)) {
                        newerContact.merge(ref.kind(), 1L, Long::sum);
                    } else {
                        wouldPurge.merge(ref.kind(), 1L, Long::sum);
                    }
                }
            });
            after = ids.getLast();
        }
        return new DryRun(wouldPurge, held, newerContact);
    }

    /** Purges the chosen records of the list, in batches of the configured size; see {@link #purge(Collection, ProgressListener, int)}. */
    @PreAuthorize(OFFICER_OR_JOB)
    public PurgeReport purge(Collection<Long> candidateIds, ProgressListener progress) {
        return purge(candidateIds, progress, settings.batchSize());
    }

    /**
     * Purges the chosen records, read {@code batchSize} at a time: each person in a transaction of their own, checked
     * again first (a legal hold: skipped with the hold's reason; a newer contact: skipped), then erased in every module
     * under the pseudonym "Retention-&lt;row&gt;". A failure marks that record FAILED with its reason and the run goes on.
     * Records no longer waiting (purged, dismissed meanwhile) are reported as they stand. Audited per person and per run.
     */
    @PreAuthorize(OFFICER_OR_JOB)
    PurgeReport purge(Collection<Long> candidateIds, ProgressListener progress, int batchSize) {
        Set<Long> chosen = new TreeSet<>(candidateIds);
        LocalDate today = LocalDate.now(clock);
        String actor = Actors.current();
        List<PurgeReport.Result> results = new ArrayList<>();
        int batch = 0;
        long after = 0;
        while (!chosen.isEmpty()) {
            long from = after;
            List<Long> ids = readOnly.execute(s -> candidates.findBatch(chosen, from, PageRequest.of(0, batchSize))
                    .stream().map(PurgeCandidate::getId).toList());
            if (ids == null || ids.isEmpty()) {
                break;
            }
            for (Long id : ids) {
                results.add(purgeOne(id, today, actor));
            }
            after = ids.getLast();
            progress.batchDone(++batch, results.size(), chosen.size());
        }
        PurgeReport report = new PurgeReport(results, batch);
        String counts = report.counts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        ownTransaction.executeWithoutResult(s -> events.publishEvent(SecurityEvent.of("RETENTION_PURGE_RUN",
                results.size() + " record(s) in " + report.batches() + " batch(es): " + counts)));
        log.info("Retention purge: {} record(s) in {} batch(es): {}", results.size(), report.batches(), counts);
        return report;
    }

    private PurgeReport.Result purgeOne(long id, LocalDate today, String actor) {
        try {
            PurgeReport.Result result = ownTransaction.execute(s -> {
                PurgeCandidate candidate = candidates.findById(id)
                        .orElseThrow(() -> new EntityNotFoundException("PurgeCandidate " + id));
                DataSubjectRef ref = candidate.person();
                if (!PurgeStatus.purgeable().contains(candidate.getStatus())) {
                    return new PurgeReport.Result(id, ref, candidate.getStatus(), Message.of("retention.purge.result.notWaiting"));
                }
                RetentionDate date = dates.findByPersonKindAndPersonId(ref.kind(), ref.id())
                        .orElseThrow(() -> new BusinessRuleException("retention.purge.result.noRecord"));
                Optional<LegalHolds.Hold> hold = activeHold(ref);
                Optional<Long> request = openRequest(ref);
                PurgeStatus status;
                Message detail;
                if (request.isPresent()) {
                    // The reply to that request must still reach the person (art. 12): kept until it is answered.
                    status = PurgeStatus.SKIPPED_HOLD;
                    detail = Message.of("retention.purge.result.openRequest", request.get());
                } else if (hold.isPresent()) {
                    status = PurgeStatus.SKIPPED_HOLD;
                    detail = hold.get().until() == null
                            ? Message.of("retention.purge.result.hold", hold.get().reason())
                            : Message.of("retention.purge.result.holdUntil", hold.get().reason(), hold.get().until());
                } else if (!recheck.stillPastLimit(ref, today)) {
                    status = PurgeStatus.SKIPPED_CONTACT;
                    detail = Message.of("retention.purge.result.contact", date.getKeepUntil());
                } else {
                    status = PurgeStatus.PURGED;
                    detail = Message.of("retention.purge.result.purged", PSEUDONYM_PREFIX + id);
                    // Marked first: the erasure keeps the purged row as its trace and drops any other row about the person.
                    candidate.decide(status, detail, actor, clock.instant());
                    candidates.saveAndFlush(candidate);
                    erasure.erase(ref, PSEUDONYM_PREFIX + id, CAUSE);
                    events.publishEvent(new PersonalDataChanged(ref, "RETENTION_PURGED",
                            "retention limit " + date.getKeepUntil() + ", list row " + id));
                    return new PurgeReport.Result(id, ref, status, detail);
                }
                candidate.decide(status, detail, actor, clock.instant());
                return new PurgeReport.Result(id, ref, status, detail);
            });
            return java.util.Objects.requireNonNull(result);
        } catch (LegalHoldException e) {
            // A hold put between the check and the erasure: the erasure refused, nothing was erased.
            Message detail = e.hold().until() == null
                    ? Message.of("retention.purge.result.hold", e.hold().reason())
                    : Message.of("retention.purge.result.holdUntil", e.hold().reason(), e.hold().until());
            return mark(id, PurgeStatus.SKIPPED_HOLD, detail, actor);
        } catch (RuntimeException e) {
            Message detail = e instanceof BusinessRuleException rule
                    ? Message.of(rule.messageKey(), rule.arguments())
                    : Message.of("retention.purge.result.failed", e.getClass().getSimpleName());
            log.warn("Retention purge: list row {} failed ({})", id, detail.key(), e);
            return mark(id, PurgeStatus.FAILED, detail, actor);
        }
    }

    /** Records a result reached outside the person's own transaction (which rolled back), in a new one. */
    private PurgeReport.Result mark(long id, PurgeStatus status, Message detail, String actor) {
        PurgeReport.Result marked = ownTransaction.execute(s -> candidates.findById(id).map(c -> {
            c.decide(status, detail, actor, clock.instant());
            return new PurgeReport.Result(id, c.person(), status, detail);
        }).orElse(null));
        return marked != null ? marked
                : new PurgeReport.Result(id, new DataSubjectRef(PersonKind.PUPIL, 0), status, detail);
    }

    /** The person's stored date is before today: what the dry run reads (a recomputation would write). */
    private boolean storedPastLimit(DataSubjectRef ref, LocalDate today) {
        return dates.findByPersonKindAndPersonId(ref.kind(), ref.id()).map(d -> d.getKeepUntil().isBefore(today)).orElse(false);
    }

    /**
     * A typed value as text a spreadsheet will not run: one starting with =, +, -, @, a tab or a carriage return would be
     * read as a formula (CSV injection), so it gets a leading apostrophe.
     */
    static String asText(String value) {
        return be.classeur.kernel.SpreadsheetText.safe(value);
    }

    private Optional<Long> openRequest(DataSubjectRef subject) {
        return openRequests.stream().flatMap(o -> o.openAbout(subject).stream()).findFirst();
    }

    private Optional<LegalHolds.Hold> activeHold(DataSubjectRef subject) {
        return erasure.holdOn(subject);
    }

    /**
     * Purges one person now, from their page, before or after their limit: the privacy officer decided (confirmed in
     * the page). Refused under a legal hold ({@link be.classeur.erasure.LegalHoldException}) and for a person already
     * erased. The purge list keeps a PURGED row as the trace, as for a purge from the list. Audited.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void purgeNow(DataSubjectRef subject) {
        erasure.requireNoHold(subject);
        Optional<Long> request = openRequest(subject);
        if (request.isPresent()) {
            throw new BusinessRuleException("retention.purge.error.openRequest", request.get());
        }
        RetentionDate date = dates.findByPersonKindAndPersonId(subject.kind(), subject.id())
                .orElseThrow(() -> new BusinessRuleException("retention.purge.result.noRecord"));
        PurgeCandidate candidate = candidates.findByPersonKindAndPersonId(subject.kind(), subject.id())
                .orElseGet(() -> new PurgeCandidate(subject, date.getKeepUntil(), PurgeStatus.QUEUED, clock.instant()));
        if (candidate.getStatus() == PurgeStatus.PURGED) {
            throw new BusinessRuleException("retention.purge.error.alreadyPurged");
        }
        candidate = candidates.saveAndFlush(candidate);
        String pseudonym = PSEUDONYM_PREFIX + candidate.getId();
        candidate.decide(PurgeStatus.PURGED, Message.of("retention.purge.result.purged", pseudonym), Actors.current(),
                clock.instant());
        candidates.saveAndFlush(candidate);
        erasure.erase(subject, pseudonym, CAUSE + " (from the person's page)");
        events.publishEvent(new PersonalDataChanged(subject, "RETENTION_PURGED",
                "retention limit " + date.getKeepUntil() + ", purged now by the privacy officer, list row " + candidate.getId()));
    }

    /** Keeps the person for now (the officer recorded a contact elsewhere, or decided so): off the purge until a new limit. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void dismiss(long candidateId) {
        PurgeCandidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new EntityNotFoundException("PurgeCandidate " + candidateId));
        if (candidate.getStatus() == PurgeStatus.PURGED) {
            throw new BusinessRuleException("retention.purge.error.alreadyPurged");
        }
        candidate.decide(PurgeStatus.DISMISSED, Message.of("retention.purge.result.dismissed"), Actors.current(), clock.instant());
        events.publishEvent(new PersonalDataChanged(candidate.person(), "RETENTION_DISMISSED", "list row " + candidateId));
    }

    /**
     * The list as CSV (UTF-8, comma-separated, a header line in the reader's language): kind, id, name, last contact,
     * keep-until, status. Read page by page; names come from the people module a page at a time. Each person exported is
     * audited as a read.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void exportCsv(PurgeFilter filter, Locale locale, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(
                    text(locale, "retention.csv.kind"), text(locale, "retention.csv.id"), text(locale, "retention.csv.name"),
                    text(locale, "retention.csv.lastContact"), text(locale, "retention.csv.keepUntil"),
                    text(locale, "retention.csv.status")).get());
            Pageable page = PageRequest.of(0, EXPORT_PAGE, Sort.by("keepUntil", "id"));
            Specification<PurgeCandidate> spec = specification(filter);
            while (true) {
                Pageable current = page;
                Slice<PurgeCandidate> slice = candidates.findBy(spec, q -> q.sortBy(current.getSort()).slice(current));
                List<DataSubjectRef> refs = slice.getContent().stream().map(PurgeCandidate::person).toList();
                Map<DataSubjectRef, String> names = directory.summaries(refs).stream()
                        .collect(Collectors.toMap(PersonSummary::ref, PersonSummary::name, (a, b) -> a));
                Map<DataSubjectRef, LocalDate> lastContacts = lastContacts(refs);
                for (PurgeCandidate c : slice.getContent()) {
                    DataSubjectRef ref = c.person();
                    LocalDate lastContact = lastContacts.get(ref);
                    csv.printRecord(text(locale, ref.kind().labelKey()), ref.id(), asText(names.getOrDefault(ref, "")),
                            lastContact == null ? "" : DisplayFormats.DATE.format(lastContact),
                            DisplayFormats.DATE.format(c.getKeepUntil()), text(locale, c.getStatus().labelKey()));
                    events.publishEvent(new PersonalDataAccessed(ref, "RETENTION_EXPORTED", "purge list export"));
                }
                if (!slice.hasNext()) {
                    break;
                }
                page = slice.nextPageable();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the purge list", e);
        }
    }

    private Map<DataSubjectRef, LocalDate> lastContacts(List<DataSubjectRef> refs) {
        Map<DataSubjectRef, LocalDate> found = new HashMap<>();
        refs.stream().collect(Collectors.groupingBy(DataSubjectRef::kind, Collectors.mapping(DataSubjectRef::id, Collectors.toList())))
                .forEach((kind, ids) -> dates.findByPersonKindAndPersonIdIn(kind, ids)
                        .forEach(d -> found.put(new DataSubjectRef(kind, d.getPersonId()), d.getLastContact())));
        return found;
    }

    private static String text(Locale locale, String key) {
        return Translations.text(locale, key);
    }

    static Specification<PurgeCandidate> specification(PurgeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("personKind"), filter.kind()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.past()) {
                where.add(root.get("status").in(PurgeStatus.purgeable()));
            }
            if (filter.keepUntilFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("keepUntil"), filter.keepUntilFrom()));
            }
            if (filter.keepUntilTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("keepUntil"), filter.keepUntilTo()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static PurgeCandidateRow row(PurgeCandidate c) {
        return new PurgeCandidateRow(c.getId(), c.person(), c.getKeepUntil(), c.getListedAt(), c.getStatus(), c.result(),
                c.getDecidedBy(), c.getDecidedAt());
    }

    /** The waiting records' ids, all of them (the job's automatic purge), read page by page. */
    @PreAuthorize(OFFICER_OR_JOB)
    public List<Long> waiting() {
        List<Long> all = new ArrayList<>();
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = readOnly.execute(s -> candidates.findIdsByStatus(Set.of(PurgeStatus.QUEUED), from,
                    PageRequest.of(0, settings.batchSize())));
            if (ids == null || ids.isEmpty()) {
                return all;
            }
            all.addAll(ids);
            after = ids.getLast();
        }
    }
}
