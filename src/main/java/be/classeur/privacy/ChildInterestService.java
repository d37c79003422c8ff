package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonSummary;
import be.classeur.privacy.domain.ChildInterestDecision;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RequestSubject;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From 13 (the Belgian age of digital consent), a child's own interests are weighed before a parent gets the child's
 * full export: for each such child a guardian asks for, the privacy officer records a decision (full export, or a
 * limited reply after hearing the child) with a note. Until then the request's export is refused. A child whose age is
 * not recorded is treated as possibly 13 or over. Only privacy officers use it.
 */
@Service
@Transactional(readOnly = true)
public class ChildInterestService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    /** From this age (on the day the request was received) the child's own interests are weighed. */
    public static final int AGE_OF_OWN_INTERESTS = 13;
    private static final int MAX_NOTE = 1000;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final PersonDirectory directory;
    private final RequestAuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChildInterestService(RightsRequestRepository requests, RequestStatusChangeRepository changes, PersonDirectory directory,
                         RequestAuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The children of the request whose interests must be weighed before the export, with the decision if taken. */
    @PreAuthorize(ACCESS)
    public List<ChildInterestRow> childrenToWeigh(long requestId) {
        return childrenToWeigh(require(requests, requestId));
    }

    /**
     * Records the decision for one child of the request, after weighing their interests; a later decision replaces it.
     * A note saying what was weighed is required. In the request's history and the audit log (on the requester and
     * the child).
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void decide(long requestId, long subjectId, ChildInterestDecision decision, String note) {
        RightsRequest request = require(requests, requestId);
        if (request.getStatus() == RequestStatus.CLOSED) {
            throw new BusinessRuleException("privacy.actions.error.requestFinished");
        }
        if (decision == null) {
            throw new BusinessRuleException("privacy.childInterest.error.decisionMissing");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("privacy.childInterest.error.noteMissing");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new BusinessRuleException("privacy.error.noteTooLong", MAX_NOTE);
        }
        ChildInterestRow child = childrenToWeigh(request).stream().filter(c -> c.subjectId() == subjectId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("privacy.childInterest.error.notConcerned"));
        RequestSubject subject = request.representedSubject(child.pupilId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        subject.decideInterest(decision, note, Actors.current(), now);
        changes.save(new RequestStatusChange(requestId, request.getStatus(), request.getStatus(), Actors.current(), now,
                "Intérêts de l’enfant n° " + child.pupilId() + " (13 ans ou plus) pesés : "
                        + (decision == ChildInterestDecision.FULL_EXPORT ? "export complet au parent."
                        : "réponse limitée, après avoir entendu l’enfant.")));
        audit.changed(request, "CHILD_INTEREST_DECIDED", "child " + child.pupilId() + ": " + decision);
        events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(child.pupilId()), "CHILD_INTEREST_DECIDED",
                "request " + requestId + ": " + decision));
    }

    /**
     * The subjects the export may include: refused while the decision on any child of 13 or over is missing; a child
     * for whom a limited reply was decided is left out of the guardian's export.
     */
    <S> List<S> exportable(RightsRequest request, List<S> subjects, Function<S, DataSubjectRef> ref) {
        List<ChildInterestRow> children = childrenToWeigh(request);
        for (ChildInterestRow child : children) {
            if (!child.decided()) {
                throw new BusinessRuleException("privacy.childInterest.error.exportBeforeDecision", child.name());
            }
        }
        Set<DataSubjectRef> limited = children.stream().filter(c -> c.decision() == ChildInterestDecision.LIMITED_AFTER_HEARING)
                .map(c -> DataSubjectRef.pupil(c.pupilId())).collect(Collectors.toSet());
        return subjects.stream().filter(s -> !limited.contains(ref.apply(s))).toList();
    }

    private List<ChildInterestRow> childrenToWeigh(RightsRequest request) {
        DataSubjectRef requester = request.requester();
        if (requester == null || requester.kind() != PersonKind.GUARDIAN) {
            return List.of();
        }
        List<RequestSubject> children = request.getSubjects().stream()
                .filter(s -> s.getRole() == SubjectRole.REPRESENTED).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        Map<DataSubjectRef, PersonSummary> summaries = directory.summaries(children.stream().map(RequestSubject::person).toList())
                .stream().collect(Collectors.toMap(PersonSummary::ref, s -> s));
        LocalDate receivedOn = request.getReceivedOn();
        List<ChildInterestRow> rows = new ArrayList<>();
        for (RequestSubject child : children) {
            PersonSummary summary = summaries.get(child.person());
            LocalDate birthDate = summary == null ? null : summary.birthDate();
            Integer age = birthDate == null ? null : Period.between(birthDate, receivedOn).getYears();
            if (age == null || age >= AGE_OF_OWN_INTERESTS) {
                rows.add(new ChildInterestRow(child.getId() == null ? 0 : child.getId(), child.person().id(),
                        summary == null ? "n° " + child.person().id() : summary.name(), age, child.getInterestDecision(),
                        child.getInterestNote(), child.getInterestDecidedBy(), child.getInterestDecidedAt()));
            }
        }
        return rows;
    }
}
