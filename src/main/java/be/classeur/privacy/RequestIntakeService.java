package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonSummary;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and matching of rights requests (GDPR arts. 12, 15–21, 7(3)): registering a request as received, and matching
 * the requester (and the children a guardian asks for) to pupils, guardians and trainers in the records. The queue is
 * {@link RequestQueueService}; the work on a request, {@link RequestWorkflowService}. Only privacy officers use it.
 */
@Service
@Transactional(readOnly = true)
public class RequestIntakeService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    private static final int MAX_DESCRIPTION = 4000;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final PupilService pupils;
    private final GuardianService guardians;
    private final TrainerService trainers;
    private final PersonDirectory directory;
    private final GuardianRepresentation representation;
    private final ApplicationEventPublisher events;
    private final RequestAuditTrail audit;
    private final Clock clock;

    RequestIntakeService(RightsRequestRepository requests, RequestStatusChangeRepository changes, PupilService pupils,
                         GuardianService guardians, TrainerService trainers, PersonDirectory directory,
                         GuardianRepresentation representation, ApplicationEventPublisher events,
                         RequestAuditTrail audit, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.directory = directory;
        this.representation = representation;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a request as received. The person chosen among the suggestions and the children a guardian asks for are
     * proposed matches, to be confirmed on the request's page. Nothing is saved when the intake breaks a rule.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public long record(RequestIntake intake) {
        validate(intake);
        String name = intake.requesterName() == null ? "" : intake.requesterName().strip();
        RightsRequest request = new RightsRequest(intake.rights(), intake.requester(), name, intake.requesterEmail(),
                intake.represented(), intake.channel(), intake.receivedOn(), intake.description(), now());
        request = requests.saveAndFlush(request);
        changes.save(new RequestStatusChange(request.getId(), null, RequestStatus.RECEIVED, Actors.current(), now(), (Message) null));
        audit.changed(request, "RIGHTS_REQUEST_RECORDED", rightsText(request.getRights()));
        recordMinorChecks(request, intake.minorChecked());
        for (Long pupilId : request.representedPupilIds()) {
            events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(pupilId),
                    "RIGHTS_REQUEST_RECORDED", "request " + request.getId() + " by a guardian"));
        }
        return request.getId();
    }

    private void validate(RequestIntake intake) {
        if (intake.rights() == null || intake.rights().isEmpty()) {
            throw new BusinessRuleException("privacy.error.noRight");
        }
        boolean named = intake.requesterName() != null && !intake.requesterName().isBlank();
        if (!named) {
            throw new BusinessRuleException("privacy.error.requesterMissing");
        }
        if (intake.requesterName().strip().length() > 160
                || (intake.requesterEmail() != null && intake.requesterEmail().strip().length() > 160)) {
            throw new BusinessRuleException("privacy.error.requesterTooLong");
        }
        if (intake.channel() == null) {
            throw new BusinessRuleException("privacy.error.channelMissing");
        }
        if (intake.receivedOn() == null) {
            throw new BusinessRuleException("privacy.error.receivedMissing");
        }
        if (intake.receivedOn().isAfter(today())) {
            throw new BusinessRuleException("privacy.error.receivedInFuture");
        }
        if (intake.description() != null && intake.description().strip().length() > MAX_DESCRIPTION) {
            throw new BusinessRuleException("privacy.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        representation.require(intake.requester(), intake.represented(), intake.receivedOn(), intake.minorChecked());
    }

    /**
     * Records, on each child of unknown age the request is for, that the privacy officer checked they are a minor:
     * who and when on the child's row, a line in the request's history, and an audit line on the child.
     */
    private void recordMinorChecks(RightsRequest request, Collection<Long> minorChecked) {
        for (Long pupilId : minorChecked) {
            request.representedSubject(pupilId).ifPresent(subject -> {
                subject.minorChecked(Actors.current(), now());
                changes.save(new RequestStatusChange(request.getId(), request.getStatus(), request.getStatus(),
                        Actors.current(), now(), Message.of("privacy.history.minorChecked", pupilId)));
                events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(pupilId), "MINOR_AGE_CHECKED",
                        "request " + request.getId()));
            });
        }
    }

    /** People in the records who match the text (name, e-mail, phone): pupils, guardians and trainers, a few each. */
    @PreAuthorize(ACCESS)
    public List<PersonSuggestion> suggestPeople(@Nullable String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        PageRequest few = PageRequest.of(0, 5);
        List<PersonSuggestion> found = new ArrayList<>();
        pupils.search(new PupilFilter(text, null, null, ArchiveFilter.ALL), few).forEach(p -> found.add(
                new PersonSuggestion(DataSubjectRef.pupil(p.id()), p.firstName() + " " + p.lastName(), p.email(),
                        p.phone(), p.birthDate(), p.schoolYear())));
        guardians.search(new PersonFilter(text, ArchiveFilter.ALL), few).forEach(g -> found.add(
                new PersonSuggestion(DataSubjectRef.guardian(g.id()), g.firstName() + " " + g.lastName(), g.email(),
                        g.phone(), null)));
        trainers.search(new PersonFilter(text, ArchiveFilter.ALL), few).forEach(t -> found.add(
                new PersonSuggestion(DataSubjectRef.trainer(t.id()), t.firstName() + " " + t.lastName(), t.email(),
                        t.phone(), null)));
        return found;
    }

    /**
     * The pupils a guardian may ask for as their legal representative: those linked to them as a parent or legal
     * guardian. A contact-only link (grandparent, host family, sibling, other contact) never acts for a child.
     */
    @PreAuthorize(ACCESS)
    public List<PersonSuggestion> childrenOf(long guardianId) {
        return guardians.pupilsOf(guardianId).stream()
                .filter(LinkRow::mayRepresent)
                .map(l -> new PersonSuggestion(DataSubjectRef.pupil(l.pupilId()), l.pupilName(), null, null,
                        l.pupilBirthDate(), l.pupilSchoolYear()))
                .toList();
    }

    /**
     * The people the request covers, with what identifies them in their record: what the privacy officer compares with
     * the request before confirming each match. One lookup per kind of person, whatever the number covered.
     */
    @PreAuthorize(ACCESS)
    public List<CoveredPerson> coveredPeople(long requestId) {
        RightsRequest r = require(requests, requestId);
        List<CoveredSubject> covered = RequestRecords.covered(r);
        // No "viewed" line per person: the summary is the request's own record of whom it covers, and opening the
        // request's page is already audited on the requester (RIGHTS_REQUEST_VIEWED).
        Map<DataSubjectRef, PersonSummary> summaries = directory.summaries(covered.stream().map(CoveredSubject::ref).toList())
                .stream().collect(Collectors.toMap(PersonSummary::ref, s -> s));
        List<CoveredPerson> people = new ArrayList<>();
        for (CoveredSubject c : covered) {
            PersonSummary s = summaries.get(c.ref());
            people.add(s == null
                    ? new CoveredPerson(c, "n° " + c.ref().id(), null, null, null) // no longer in the records
                    : new CoveredPerson(c, s.name(), s.birthDate(), s.email(), s.phone()));
        }
        return people;
    }

    /** Confirms that the person in the records is the one the request covers. Audited on that person. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void confirmMatch(long requestId, long subjectId) {
        RightsRequest r = require(requests, requestId);
        RequestSubject subject = r.confirmMatch(subjectId, Actors.current(), now());
        events.publishEvent(new PersonalDataChanged(subject.person(), "RIGHTS_REQUEST_MATCH_CONFIRMED",
                "request " + requestId + " as " + subject.getRole(), requestId));
    }

    /**
     * Removes a wrong proposed match before it is confirmed. Removing the requester unlinks the request from the
     * records, with the children asked for through them. Audited on each person removed.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void removeMatch(long requestId, long subjectId) {
        RightsRequest r = require(requests, requestId);
        for (RequestSubject removed : r.removeMatch(subjectId, now())) {
            events.publishEvent(new PersonalDataChanged(removed.person(), "RIGHTS_REQUEST_MATCH_REMOVED",
                    "request " + requestId + " as " + removed.getRole(), requestId));
        }
    }

    /**
     * Links a request whose requester was not found to a person in the records, and for a guardian to the children
     * they ask for (each must be linked to them). The matches are proposed; each still needs its confirmation.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void linkRequester(long requestId, @Nullable DataSubjectRef requester, @Nullable List<Long> representedPupilIds) {
        linkRequester(requestId, requester, representedPupilIds, List.of());
    }

    /**
     * As {@link #linkRequester(long, DataSubjectRef, List)}, with the children of unknown age whose age the privacy
     * officer checked (they are minors); the check is recorded as at intake.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void linkRequester(long requestId, @Nullable DataSubjectRef requester, @Nullable List<Long> representedPupilIds,
                              @Nullable List<Long> minorCheckedPupilIds) {
        List<Long> minorChecked = minorCheckedPupilIds == null ? List.of() : minorCheckedPupilIds;
        if (requester == null) {
            throw new BusinessRuleException("privacy.subjects.error.chooseSomeone");
        }
        List<Long> children = representedPupilIds == null ? List.of() : representedPupilIds;
        RightsRequest r = require(requests, requestId);
        representation.require(requester, children, r.getReceivedOn(), minorChecked);
        r.linkRequester(requester, children, now());
        requests.flush();
        recordMinorChecks(r, minorChecked);
        for (RequestSubject s : r.getSubjects()) {
            events.publishEvent(new PersonalDataChanged(s.person(), "RIGHTS_REQUEST_MATCH_PROPOSED",
                    "request " + requestId + " as " + s.getRole(), requestId));
        }
    }

    private static String rightsText(Set<Right> rights) {
        return rights.stream().sorted().map(Right::name).reduce((a, b) -> a + "," + b).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
