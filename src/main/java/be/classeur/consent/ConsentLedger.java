package be.classeur.consent;

import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentRecord;
import be.classeur.consent.domain.ConsentRecordRepository;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.consent.domain.ProcessingActivity;
import be.classeur.consent.domain.ProcessingActivityRepository;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonStanding;
import be.classeur.people.PersonSummary;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Relationship;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent ledger: per person and purpose, every choice (granted, refused, withdrawn) as it was made, never edited;
 * a new choice by the same giver supersedes the last and the history stays.
 *
 * <p>Minors: under 13 on the day of the choice, only a parent or legal guardian linked to the pupil chooses, and the
 * record names them. From 13 to 17 the pupil's and each parent's choices are recorded; the consent is in force only if
 * none of them refused or withdrew (and at least one granted). From 18 the pupil decides alone. A pupil without a birth
 * date is refused until it is entered: the age is checked, never presumed. Guardians and trainers decide for themselves.
 */
@Service
@Transactional(readOnly = true)
public class ConsentLedger {
    /** The age from which a pupil's own choice is recorded (Belgian law on information society services, art. 8 GDPR). */
    public static final int OWN_CHOICE_AGE = 13;
    public static final int ADULT_AGE = 18;
    private static final int MAX_NOTE = 1000;
    private static final int MAX_VERSION = 40;

    private final ConsentRecordRepository records;
    private final ProcessingActivityRepository purposes;
    private final PersonDirectory directory;
    private final PupilService pupils;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String policyVersion;

    ConsentLedger(ConsentRecordRepository records, ProcessingActivityRepository purposes, PersonDirectory directory,
                  PupilService pupils, ApplicationEventPublisher events, Clock clock,
                  @Value("${classeur.consent.policy-version:2026-09}") String policyVersion) {
        this.policyVersion = policyVersion;
        this.records = records;
        this.purposes = purposes;
        this.directory = directory;
        this.pupils = pupils;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a choice after checking the rules above; refused (with a translated reason) for a purpose without
     * per-person records, an erased person, a grant for a restricted person (a refusal or withdrawal only stops
     * processing and stays possible), a day in the future, a missing policy version, and the minors' rules. Audited.
     */
    @PreAuthorize(ConsentAccess.WRITE)
    @Transactional
    public ConsentEntry record(ConsentChoice choice) {
        ProcessingActivity purpose = purpose(choice.purpose());
        PersonStanding person = standing(choice.person());
        if (person.restricted() && choice.status() == ConsentStatus.GRANTED) {
            throw new BusinessRuleException("consent.error.restricted", person.name());
        }
        if (choice.when().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("consent.error.future");
        }
        if (choice.policyVersion() == null || choice.policyVersion().isBlank()) {
            throw new BusinessRuleException("consent.error.policyVersion");
        }
        if (choice.policyVersion().strip().length() > MAX_VERSION || (choice.evidenceNote() != null
                && choice.evidenceNote().strip().length() > MAX_NOTE)) {
            throw new BusinessRuleException("consent.error.tooLong");
        }
        if (choice.channel() == ConsentChannel.RIGHTS_REQUEST && choice.requestId() == null) {
            throw new BusinessRuleException("consent.error.requestMissing");
        }
        Relationship relationship = checkGiver(person, choice.guardianId(), choice.when());
        ConsentRecord saved = records.save(new ConsentRecord(choice.person(), purpose.getCode(), choice.status(),
                choice.when(), clock.instant(), choice.channel(),
                choice.channel() == ConsentChannel.RIGHTS_REQUEST ? choice.requestId() : null,
                choice.policyVersion(), Actors.current(), choice.evidenceNote(), choice.guardianId(), relationship));
        events.publishEvent(new PersonalDataChanged(choice.person(), "CONSENT_RECORDED",
                purpose.getCode() + " " + choice.status() + (choice.guardianId() == null ? "" : " by guardian " + choice.guardianId())));
        return entries(List.of(saved)).getFirst();
    }

    /**
     * Withdraws the person's consent to the purpose, from today: one WITHDRAWN record for each giver whose current
     * choice is a grant (the parent who granted for a child withdraws, as the record says). When nobody granted and
     * nobody refused or withdrew yet, it records the objection itself (news under the soft opt-in): by
     * {@code objectingGuardian} for a pupil when given, else by the person. Erased people are refused.
     *
     * @return how many records it added (0: nothing was granted and an objection is already recorded)
     */
    @PreAuthorize(ConsentAccess.WRITE)
    @Transactional
    public int withdraw(DataSubjectRef person, String purposeCode, ConsentChannel channel, @Nullable Long requestId,
                        @Nullable Long objectingGuardian, @Nullable String evidenceNote) {
        ProcessingActivity purpose = purpose(purposeCode);
        PersonStanding standing = standing(person);
        List<ConsentRecord> current = records.current(person.kind(), person.id()).stream()
                .filter(r -> r.getPurpose().equals(purpose.getCode())).toList();
        LocalDate today = LocalDate.now(clock);
        List<ConsentRecord> added = new ArrayList<>();
        for (ConsentRecord r : current) {
            if (r.getStatus() == ConsentStatus.GRANTED) {
                added.add(records.save(new ConsentRecord(person, purpose.getCode(), ConsentStatus.WITHDRAWN, today,
                        clock.instant(), channel, requestId, policyVersion, Actors.current(), evidenceNote,
                        r.getGuardianId(), r.getGuardianRelationship())));
            }
        }
        if (current.isEmpty()) {
            Long guardian = person.kind() == PersonKind.PUPIL ? objectingGuardian : null;
            Relationship relationship = guardian == null ? null : representative(standing, guardian);
            added.add(records.save(new ConsentRecord(person, purpose.getCode(), ConsentStatus.WITHDRAWN, today,
                    clock.instant(), channel, requestId, policyVersion, Actors.current(), evidenceNote, guardian,
                    relationship)));
        }
        if (!added.isEmpty()) {
            events.publishEvent(new PersonalDataChanged(person, "CONSENT_WITHDRAWN",
                    purpose.getCode() + (requestId == null ? "" : " request " + requestId)));
        }
        return added.size();
    }

    /**
     * The label of the privacy policy's version in force (setting {@code classeur.consent.policy-version}), proposed
     * when a choice is recorded and used for withdrawals, until the versioned public policy exists.
     */
    @PreAuthorize(ConsentAccess.READ)
    public String currentPolicyVersion() {
        return policyVersion;
    }

    /** Every choice recorded for the person, the latest first, page by page. */
    @PreAuthorize(ConsentAccess.READ)
    public Slice<ConsentEntry> history(DataSubjectRef person, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id"));
        Slice<ConsentRecord> found = records.findByPersonKindAndPersonId(person.kind(), person.id(), page);
        return new SliceImpl<>(entries(found.getContent()), page, found.hasNext());
    }

    /** Per purpose recorded per person, in the register's order: the current choice of each giver and whether it is in force. */
    @PreAuthorize(ConsentAccess.READ)
    public List<PurposeState> current(DataSubjectRef person) {
        Map<String, List<ConsentEntry>> byPurpose = new LinkedHashMap<>();
        for (ConsentEntry entry : entries(records.current(person.kind(), person.id()))) {
            byPurpose.computeIfAbsent(entry.purpose(), p -> new ArrayList<>()).add(entry);
        }
        List<PurposeState> states = new ArrayList<>();
        for (ProcessingActivity purpose : purposes.findAllByOrderByDisplayOrderAscIdAsc()) {
            if (purpose.isRecordedPerPerson()) {
                List<ConsentEntry> current = byPurpose.getOrDefault(purpose.getCode(), List.of());
                states.add(new PurposeState(purpose.getCode(), current, inForce(current.stream().map(ConsentEntry::status).toList())));
            }
        }
        return states;
    }

    /** Whether the person's consent to the purpose is in force today: at least one current grant, no current refusal or withdrawal. */
    @PreAuthorize(ConsentAccess.READ)
    public boolean inForce(DataSubjectRef person, String purposeCode) {
        return inForce(currentStatuses(person, purposeCode));
    }

    /** The codes of the purposes that take per-person records, in the register's order. */
    @PreAuthorize(ConsentAccess.READ)
    public List<String> purposes() {
        return purposes.findAllByOrderByDisplayOrderAscIdAsc().stream().filter(ProcessingActivity::isRecordedPerPerson)
                .map(ProcessingActivity::getCode).toList();
    }

    /** Per purpose and status, how many people's current choices (by at least one giver) have that status. Count queries only. */
    @PreAuthorize(ConsentAccess.READ)
    public Map<String, Map<ConsentStatus, Long>> countsByPurpose() {
        Map<String, Map<ConsentStatus, Long>> counts = new LinkedHashMap<>();
        for (String code : purposes()) {
            Map<ConsentStatus, Long> byStatus = new EnumMap<>(ConsentStatus.class);
            for (ConsentStatus status : ConsentStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(code, byStatus);
        }
        for (Object[] row : records.countsByPurposeAndStatus()) {
            Map<ConsentStatus, Long> byStatus = counts.get((String) row[0]);
            if (byStatus != null) {
                byStatus.put((ConsentStatus) row[1], ((Number) row[2]).longValue());
            }
        }
        return counts;
    }

    /** One person of a purpose's status list: who, and their name as the records hold it now. */
    public record PersonWithStatus(DataSubjectRef ref, String name) {
    }

    /** One page of the people whose current choice for the purpose (by at least one giver) has this status, paged in SQL. */
    @PreAuthorize(ConsentAccess.READ)
    public Slice<PersonWithStatus> peopleWith(String purposeCode, ConsentStatus status, Pageable pageable) {
        Slice<Object[]> page = records.peopleWithCurrentStatus(purposeCode, status,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        List<DataSubjectRef> refs = page.getContent().stream()
                .map(row -> new DataSubjectRef((PersonKind) row[0], ((Number) row[1]).longValue())).toList();
        Map<DataSubjectRef, String> names = directory.summaries(refs).stream()
                .collect(Collectors.toMap(PersonSummary::ref, s -> s.name().strip(), (a, b) -> a));
        List<PersonWithStatus> rows = refs.stream().map(r -> new PersonWithStatus(r, names.getOrDefault(r, "#" + r.id()))).toList();
        return new SliceImpl<>(rows, page.getPageable(), page.hasNext());
    }

    /** The parents and legal guardians linked to the pupil who may choose for them (for the "given by" picker). */
    @PreAuthorize(ConsentAccess.READ)
    public List<LinkRow> representatives(long pupilId) {
        return pupils.guardiansOf(pupilId).stream().filter(LinkRow::mayRepresent).toList();
    }

    /**
     * The current choices that count for the purpose: every giver's, except a parent's once the pupil is 18 today
     * (from then the pupil alone decides, whatever a parent chose when they were a child).
     */
    List<ConsentStatus> currentStatuses(DataSubjectRef person, String purposeCode) {
        boolean adult = person.kind() == PersonKind.PUPIL && directory.standing(person)
                .map(PersonStanding::birthDate)
                .map(born -> Period.between(born, LocalDate.now(clock)).getYears() >= ADULT_AGE)
                .orElse(false);
        return records.current(person.kind(), person.id()).stream().filter(r -> r.getPurpose().equals(purposeCode))
                .filter(r -> !adult || r.getGuardianId() == null)
                .map(ConsentRecord::getStatus).toList();
    }

    static boolean inForce(Collection<ConsentStatus> current) {
        return current.contains(ConsentStatus.GRANTED) && current.stream().noneMatch(ConsentStatus::isNo);
    }

    /** The checks on who chose; the relationship of the guardian who chose for a pupil, or null for the person themself. */
    private @Nullable Relationship checkGiver(PersonStanding person, @Nullable Long guardianId, LocalDate when) {
        if (person.ref().kind() != PersonKind.PUPIL) {
            if (guardianId != null) {
                throw new BusinessRuleException("consent.error.decidesForThemself", person.name());
            }
            return null;
        }
        if (person.birthDate() == null) {
            throw new BusinessRuleException("consent.error.birthDateMissing", person.name());
        }
        int age = Period.between(person.birthDate(), when).getYears();
        if (guardianId == null) {
            if (age < OWN_CHOICE_AGE) {
                throw new BusinessRuleException("consent.error.underThirteen", person.name(), OWN_CHOICE_AGE);
            }
            return null;
        }
        if (age >= ADULT_AGE) {
            throw new BusinessRuleException("consent.error.adultDecides", person.name());
        }
        return representative(person, guardianId);
    }

    private Relationship representative(PersonStanding pupil, long guardianId) {
        return pupils.guardiansOf(pupil.ref().id()).stream()
                .filter(l -> l.guardianId() != null && l.guardianId() == guardianId && l.mayRepresent())
                .map(LinkRow::relationship).findFirst()
                .orElseThrow(() -> new BusinessRuleException("consent.error.notRepresentative", pupil.name()));
    }

    private ProcessingActivity purpose(String code) {
        ProcessingActivity purpose = purposes.findByCode(code)
                .orElseThrow(() -> new BusinessRuleException("consent.error.unknownPurpose", code));
        if (!purpose.isRecordedPerPerson()) {
            throw new BusinessRuleException("consent.error.notRecordedPerPerson");
        }
        return purpose;
    }

    private PersonStanding standing(DataSubjectRef ref) {
        PersonStanding standing = directory.standing(ref)
                .orElseThrow(() -> new EntityNotFoundException(ref.kind() + " " + ref.id()));
        if (standing.anonymised()) {
            throw new BusinessRuleException("consent.error.anonymised");
        }
        return standing;
    }

    private List<ConsentEntry> entries(List<ConsentRecord> found) {
        Set<DataSubjectRef> guardians = found.stream().filter(r -> r.getGuardianId() != null)
                .map(r -> DataSubjectRef.guardian(r.getGuardianId())).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!guardians.isEmpty()) {
            directory.summaries(guardians).forEach(s -> names.put(s.ref().id(), s.name().strip()));
        }
        return found.stream().map(r -> new ConsentEntry(r.getId(), r.person(), r.getPurpose(), r.getStatus(),
                r.getGivenOn(), r.getRecordedAt(), r.getChannel(), r.getRequestId(), r.getPolicyVersion(),
                r.getRecordedBy(), r.getEvidenceNote(), r.getGivenBy(), r.getGuardianId(),
                r.getGuardianId() == null ? null : names.get(r.getGuardianId()), r.getGuardianRelationship())).toList();
    }
}
