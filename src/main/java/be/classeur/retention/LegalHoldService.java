package be.classeur.retention;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.kernel.SystemJob;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.kernel.Pages;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonSummary;
import be.classeur.retention.domain.LegalHold;
import be.classeur.retention.domain.LegalHoldQueries;
import be.classeur.retention.domain.LegalHoldRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds (art. 17(3)(e)): the privacy officer places one on a person with a reason and an optional end date, and
 * lifts it; both are audited on the person. A hold in force stops the purge and a rights request's erasure: this is
 * the {@link LegalHolds} the erasure loop asks. Lifted holds stay as history.
 */
@Service
@Transactional(readOnly = true)
public class LegalHoldService implements LegalHolds {
    /** Counts only (no personal data): the officer, an administrator reading the dashboard, the morning alerts. */
    static final String FIGURES = "hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + SystemJob.ONLY + SystemJob.MORNING_ALERTS + "')";
    /** Every person's holds in force, names included: the officer and administrators, as a person's holds ({@link #READ}). */
    static final String LIST = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";
    private static final Set<String> SORTABLE = Set.of("placedAt", "untilDate", "personKind");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "placedAt");

    static final String READ = "hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + SystemJob.ONLY + RetentionDates.PURGE_JOB + "')";

    private final LegalHoldRepository holds;
    private final PersonDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LegalHoldService(LegalHoldRepository holds, PersonDirectory directory, ApplicationEventPublisher events, Clock clock) {
        this.holds = holds;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Places a hold: a reason is required (at most 500 characters); an end date, when given, is today or later. */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional
    public LegalHoldRow place(DataSubjectRef subject, String reason, @Nullable LocalDate until) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("retention.hold.error.reasonRequired");
        }
        if (text.length() > LegalHold.REASON_MAX) {
            throw new BusinessRuleException("retention.hold.error.reasonTooLong", LegalHold.REASON_MAX);
        }
        if (until != null && until.isBefore(today())) {
            throw new BusinessRuleException("retention.hold.error.untilPast");
        }
        LegalHold hold = holds.save(new LegalHold(subject.kind(), subject.id(), text, until, Actors.current(), clock.instant()));
        events.publishEvent(new PersonalDataChanged(subject, "LEGAL_HOLD_PLACED",
                "hold " + hold.getId() + (until == null ? "" : " until " + until)));
        return row(hold);
    }

    /** Lifts a hold (the page confirms first); refused when it changed since read or is already lifted. */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional
    public void lift(long holdId, long expectedVersion) {
        LegalHold hold = holds.findById(holdId).orElseThrow(() -> new BusinessRuleException("retention.hold.error.notFound"));
        if (hold.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LegalHold.class, holdId);
        }
        if (hold.isLifted()) {
            throw new BusinessRuleException("retention.hold.error.alreadyLifted");
        }
        hold.lift(Actors.current(), clock.instant());
        holds.saveAndFlush(hold);
        events.publishEvent(new PersonalDataChanged(new DataSubjectRef(hold.getPersonKind(), hold.getPersonId()),
                "LEGAL_HOLD_LIFTED", "hold " + holdId));
    }

    /** How many legal holds are in force today (not lifted, no end date or one today or later): a count query. */
    @PreAuthorize(FIGURES)
    public long countActive() {
        return holds.count(LegalHoldQueries.inForceOn(today()));
    }

    /**
     * One page of the holds in force today, every person's, with the rule {@link #countActive()} counts with; newest
     * first by default (sortable on placed on, until, kind), names read from people a page at a time.
     */
    @PreAuthorize(LIST)
    public Slice<HoldInForceRow> inForce(Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, SORTABLE, DEFAULT_SORT, "id");
        Slice<LegalHold> found = holds.findBy(LegalHoldQueries.inForceOn(today()), q -> q.sortBy(page.getSort()).slice(page));
        List<DataSubjectRef> refs = found.getContent().stream()
                .map(h -> new DataSubjectRef(h.getPersonKind(), h.getPersonId())).toList();
        Map<DataSubjectRef, String> names = directory.summaries(refs).stream()
                .collect(Collectors.toMap(PersonSummary::ref, s -> s.name().strip(), (a, b) -> a));
        return found.map(h -> {
            DataSubjectRef ref = new DataSubjectRef(h.getPersonKind(), h.getPersonId());
            return new HoldInForceRow(h.getId(), ref, names.getOrDefault(ref, "#" + ref.id()), h.getReason(),
                    h.getUntilDate(), h.getPlacedBy(), h.getPlacedAt());
        });
    }

    /** A person's holds, newest first, lifted ones included. */
    @PreAuthorize(READ)
    public List<LegalHoldRow> of(DataSubjectRef subject) {
        return holds.findByPersonKindAndPersonIdOrderByPlacedAtDescIdDesc(subject.kind(), subject.id()).stream()
                .map(this::row).toList();
    }

    /**
     * The hold in force on the subject today, if any (the one ending last; one without end date first). Asked by the
     * erasure loop before erasing (the privacy officer or the purge job), and shown to staff who read people.
     */
    @Override
    @PreAuthorize(READ + " or (" + be.classeur.kernel.PersonalDataHandler.CALLERS + ")")
    public Optional<Hold> activeOn(DataSubjectRef subject) {
        LocalDate today = today();
        return holds.findByPersonKindAndPersonIdAndLiftedAtIsNull(subject.kind(), subject.id()).stream()
                .filter(h -> h.activeOn(today))
                .max(Comparator.comparing((LegalHold h) -> h.getUntilDate() == null ? LocalDate.MAX : h.getUntilDate()))
                .map(h -> new Hold(h.getReason(), h.getUntilDate()));
    }

    private LegalHoldRow row(LegalHold h) {
        return new LegalHoldRow(h.getId(), h.getVersion(), h.getReason(), h.getUntilDate(), h.getPlacedBy(), h.getPlacedAt(),
                h.getLiftedBy(), h.getLiftedAt(), h.activeOn(today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
