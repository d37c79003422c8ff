package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Pages;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.SystemJob;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.LastContacts;
import be.classeur.retention.domain.RetentionCategory;
import be.classeur.retention.domain.RetentionDate;
import be.classeur.retention.domain.RetentionDateRepository;
import be.classeur.retention.domain.RetentionRule;
import be.classeur.retention.domain.RetentionRuleRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each person's retention date, stored and indexed: their own limit is their last contact (the day their record was
 * created when none) plus their category's period; under the family rule a pupil, their parents and legal guardians
 * and those guardians' other children (one level) are kept while any of them is: the date kept until is the latest
 * own limit of the family. A guardian's family is the union of their children's families; a trainer is alone. An
 * erased person has no date. Recomputed, in the writer's transaction, whenever people records a write of a person
 * (contact, link, record, erasure), and for everyone, in batches, when a rule changes and on start.
 */
@Service
public class RetentionDates {
    /** The job that fills the missing dates on start. */
    public static final String DATES_JOB = "retention-dates";
    /** The purge job (the other half of the module), which reads the dates. */
    public static final String PURGE_JOB = SystemJob.RETENTION_PURGE;
    static final String READ = "hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + SystemJob.ONLY + PURGE_JOB + "')";
    /** How many people one transaction of a recomputation over everyone handles. */
    public static final int BATCH = 500;
    public static final Set<String> SORTABLE = Set.of("keepUntil", "ownLimit", "lastContact", "personKind");
    private static final Sort DEFAULT_SORT = Sort.by("keepUntil");

    /** The actions people publishes on a write that can move a date: a record, a contact, a link, an erasure. */
    static final Set<String> TRIGGERS = Set.of("CREATED", "UPDATED", "ARCHIVED", "RESTORED", "CONTACT_RECORDED",
            "GUARDIAN_LINK_REVIEWED", "RECTIFIED", "ERASED", "ANONYMISED");

    private static final Logger log = LoggerFactory.getLogger(RetentionDates.class);

    private final RetentionDateRepository dates;
    private final RetentionRuleRepository rules;
    private final LastContacts people;
    private final Clock clock;
    private final TransactionTemplate batch;

    RetentionDates(RetentionDateRepository dates, RetentionRuleRepository rules, LastContacts people, Clock clock,
                   PlatformTransactionManager transactions) {
        this.dates = dates;
        this.rules = rules;
        this.people = people;
        this.clock = clock;
        this.batch = new TransactionTemplate(transactions);
    }

    /** A person's own limit: the day counted from plus the period (29 February plus five years is 28 February). */
    static LocalDate ownLimit(LocalDate from, int months) {
        return from.plusMonths(months);
    }

    /** The person's retention date; empty when they have none (erased, or not in the records). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Optional<RetentionDateView> of(DataSubjectRef subject) {
        return dates.findByPersonKindAndPersonId(subject.kind(), subject.id()).map(RetentionDates::view);
    }

    /** The people past their limit on {@code asOf} (kept until before that day), page by page from the indexed column. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Slice<RetentionDateView> due(LocalDate asOf, Pageable pageable) {
        return dates.findByKeepUntilBefore(asOf, sorted(pageable)).map(RetentionDates::view);
    }

    /** The people whose limit falls within {@code windowDays} days from {@code asOf} (both days included), not yet past. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Slice<RetentionDateView> nearing(LocalDate asOf, int windowDays, Pageable pageable) {
        return dates.findByKeepUntilBetween(asOf, asOf.plusDays(windowDays), sorted(pageable)).map(RetentionDates::view);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public long countPast(LocalDate asOf) {
        return dates.countByKeepUntilBefore(asOf);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public long countNearing(LocalDate asOf, int windowDays) {
        return dates.countByKeepUntilBetween(asOf, asOf.plusDays(windowDays));
    }

    /**
     * Whether the person is still past their limit on {@code asOf}, recomputed first (with their family): the purge
     * asks it of each record at run time, so that one who gained a contact since the list was made is skipped.
     */
    @PreAuthorize(READ)
    @Transactional
    public boolean stillDue(DataSubjectRef subject, LocalDate asOf) {
        recomputeAround(subject);
        return dates.findByPersonKindAndPersonId(subject.kind(), subject.id())
                .map(d -> d.getKeepUntil().isBefore(asOf)).orElse(false);
    }

    /** People wrote a person: their date and their family's are recomputed in the same transaction. */
    @EventListener
    @Transactional
    void on(PersonalDataChanged event) {
        if (event.subject() != null && TRIGGERS.contains(event.action())) {
            recomputeAround(event.subject());
        }
    }

    /**
     * Recomputes everyone's date, {@value #BATCH} people per transaction (never everyone in memory): after a rule
     * changes. Returns how many people were computed.
     */
    @PreAuthorize("hasRole('PRIVACY_OFFICER') or (" + SystemJob.ONLY + DATES_JOB + "')")
    public int recomputeAll() {
        return overEveryone(false, BATCH).people();
    }

    /** Computes the dates of the people who have none yet (existing databases, first start), in batches. */
    @PreAuthorize("hasRole('PRIVACY_OFFICER') or (" + SystemJob.ONLY + DATES_JOB + "')")
    public int fillMissing() {
        return overEveryone(true, BATCH).people();
    }

    /** What a pass over everyone did: how many people it looked at, in how many transactions. */
    record Pass(int people, int batches) {
    }

    Pass overEveryone(boolean missingOnly, int batchSize) {
        int computed = 0;
        int batches = 0;
        for (PersonKind kind : PersonKind.values()) {
            long after = 0;
            while (true) {
                long from = after;
                List<Long> ids = batch.execute(status -> {
                    List<Long> next = people.idsAfter(kind, from, batchSize);
                    Set<Long> todo = new LinkedHashSet<>(next);
                    if (missingOnly && !next.isEmpty()) {
                        dates.findByPersonKindAndPersonIdIn(kind, next).forEach(d -> todo.remove(d.getPersonId()));
                    }
                    if (!todo.isEmpty()) {
                        recompute(todo.stream().map(id -> new DataSubjectRef(kind, id)).toList());
                    }
                    return next;
                });
                if (ids == null || ids.isEmpty()) {
                    break;
                }
                computed += ids.size();
                batches++;
                after = ids.get(ids.size() - 1);
                if (ids.size() < batchSize) {
                    break;
                }
            }
        }
        log.info("Retention dates {}: {} people looked at", missingOnly ? "filled" : "recomputed", computed);
        return new Pass(computed, batches);
    }

    /** The subject, their family, the families of the family's guardians, and whoever a family member kept. */
    void recomputeAround(DataSubjectRef subject) {
        Set<DataSubjectRef> family = families(List.of(subject)).getOrDefault(subject, Set.of(subject));
        Set<DataSubjectRef> around = new LinkedHashSet<>(family);
        around.add(subject);
        List<DataSubjectRef> guardians = family.stream().filter(r -> r.kind() == PersonKind.GUARDIAN && !r.equals(subject)).toList();
        families(guardians).values().forEach(around::addAll);
        Set<DataSubjectRef> keepers = new HashSet<>(family);
        keepers.add(subject);
        for (PersonKind kind : PersonKind.values()) {
            Set<Long> ids = ids(keepers, kind);
            if (!ids.isEmpty()) {
                dates.findByKeptByKindAndKeptByIdIn(kind, ids)
                        .forEach(d -> around.add(new DataSubjectRef(d.getPersonKind(), d.getPersonId())));
            }
        }
        recompute(around);
    }

    /** Computes and stores the dates of these people (deletes the row of one erased or gone), in the caller's transaction. */
    void recompute(Collection<DataSubjectRef> targets) {
        Map<DataSubjectRef, Set<DataSubjectRef>> families = families(targets);
        Set<DataSubjectRef> members = new HashSet<>(targets);
        families.values().forEach(members::addAll);
        Map<DataSubjectRef, LastContacts.Facts> facts = people.facts(members);
        Map<PersonKind, Integer> months = months();
        Instant now = clock.instant();
        for (PersonKind kind : PersonKind.values()) {
            Set<Long> ids = ids(targets, kind);
            if (ids.isEmpty()) {
                continue;
            }
            Map<Long, RetentionDate> stored = new HashMap<>();
            dates.findByPersonKindAndPersonIdIn(kind, ids).forEach(d -> stored.put(d.getPersonId(), d));
            for (long id : ids) {
                DataSubjectRef ref = new DataSubjectRef(kind, id);
                LastContacts.Facts own = facts.get(ref);
                RetentionDate row = stored.get(id);
                if (own == null || own.anonymised()) {
                    if (row != null) {
                        dates.delete(row);
                    }
                    continue;
                }
                LocalDate from = from(own);
                LocalDate ownLimit = ownLimit(from, months.get(kind));
                LocalDate keepUntil = ownLimit;
                DataSubjectRef keptBy = null;
                for (DataSubjectRef member : sorted(families.getOrDefault(ref, Set.of()))) {
                    LastContacts.Facts other = facts.get(member);
                    if (member.equals(ref) || other == null || other.anonymised()) {
                        continue;
                    }
                    LocalDate limit = ownLimit(from(other), months.get(member.kind()));
                    if (limit.isAfter(keepUntil)) {
                        keepUntil = limit;
                        keptBy = member;
                    }
                }
                if (row == null) {
                    row = new RetentionDate(kind, id);
                }
                row.set(from, ownLimit, keepUntil, keptBy == null ? null : keptBy.kind(), keptBy == null ? null : keptBy.id(), now);
                dates.save(row);
            }
        }
    }

    /**
     * Each person's family (themselves included): for a pupil, their parents and legal guardians and those guardians'
     * children; for a guardian, the union of their children's families; a trainer alone. A few queries for all.
     */
    Map<DataSubjectRef, Set<DataSubjectRef>> families(Collection<DataSubjectRef> targets) {
        Set<Long> guardianTargets = ids(targets, PersonKind.GUARDIAN);
        Map<Long, Set<Long>> childrenOfTargets = guardianTargets.isEmpty() ? Map.of() : people.childrenOf(guardianTargets);
        Set<Long> pupils = new HashSet<>(ids(targets, PersonKind.PUPIL));
        childrenOfTargets.values().forEach(pupils::addAll);
        Map<Long, Set<Long>> guardiansOf = pupils.isEmpty() ? Map.of() : people.guardiansOf(pupils);
        Set<Long> guardians = guardiansOf.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<Long, Set<Long>> childrenOf = guardians.isEmpty() ? Map.of() : people.childrenOf(guardians);
        Map<Long, Set<DataSubjectRef>> pupilFamilies = new HashMap<>();
        for (long pupil : pupils) {
            Set<DataSubjectRef> family = new HashSet<>();
            family.add(DataSubjectRef.pupil(pupil));
            for (long guardian : guardiansOf.getOrDefault(pupil, Set.of())) {
                family.add(DataSubjectRef.guardian(guardian));
                childrenOf.getOrDefault(guardian, Set.of()).forEach(child -> family.add(DataSubjectRef.pupil(child)));
            }
            pupilFamilies.put(pupil, family);
        }
        Map<DataSubjectRef, Set<DataSubjectRef>> families = new HashMap<>();
        for (DataSubjectRef target : targets) {
            Set<DataSubjectRef> family = new HashSet<>();
            family.add(target);
            switch (target.kind()) {
                case PUPIL -> family.addAll(pupilFamilies.getOrDefault(target.id(), Set.of()));
                case GUARDIAN -> childrenOfTargets.getOrDefault(target.id(), Set.of())
                        .forEach(child -> family.addAll(pupilFamilies.getOrDefault(child, Set.of())));
                case TRAINER -> { }
            }
            families.put(target, family);
        }
        return families;
    }

    private Map<PersonKind, Integer> months() {
        Map<PersonKind, Integer> months = new EnumMap<>(PersonKind.class);
        for (RetentionRule rule : rules.findAll()) {
            PersonKind kind = rule.getCategory().personKind();
            if (kind != null) {
                months.put(kind, rule.getPeriodMonths());
            }
        }
        for (PersonKind kind : PersonKind.values()) {
            months.putIfAbsent(kind, 60);
        }
        return months;
    }

    /** The months of a person category's rule (for the person page). */
    int monthsOf(PersonKind kind) {
        return rules.findByCategory(RetentionCategory.of(kind)).map(RetentionRule::getPeriodMonths).orElse(60);
    }

    private static LocalDate from(LastContacts.Facts facts) {
        return facts.lastContact() != null ? facts.lastContact() : facts.createdOn();
    }

    /** Family members in a fixed order, so that of two members with the same later limit the same one is named. */
    private static List<DataSubjectRef> sorted(Set<DataSubjectRef> members) {
        List<DataSubjectRef> list = new ArrayList<>(members);
        list.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : Long.compare(a.id(), b.id()));
        return list;
    }

    private static Set<Long> ids(Collection<DataSubjectRef> refs, PersonKind kind) {
        return refs.stream().filter(r -> r.kind() == kind).map(DataSubjectRef::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Pageable sorted(Pageable pageable) {
        return Pages.allowSort(pageable, SORTABLE, DEFAULT_SORT, "id");
    }

    static RetentionDateView view(RetentionDate d) {
        @Nullable DataSubjectRef keptBy = d.getKeptByKind() == null || d.getKeptById() == null ? null
                : new DataSubjectRef(d.getKeptByKind(), d.getKeptById());
        return new RetentionDateView(new DataSubjectRef(d.getPersonKind(), d.getPersonId()), d.getLastContact(),
                d.getOwnLimit(), d.getKeepUntil(), keptBy, d.getComputedAt());
    }
}
