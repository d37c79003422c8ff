package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.accounts.RecipientNotices;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.people.NewsObjectionService;
import be.classeur.people.PersonRectified;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a request changes in the person's own record: rectification (art. 16, done in the person's form, linked to
 * the request here) and the objection to news about activities or the withdrawal of consent to it (arts. 21 and 7(3),
 * recorded on the person until the consent ledger exists). Each leaves a line in the request's history, with the
 * status unchanged, so that the request shows what was done for it.
 *
 * <p>History notes are written in French, the organisation's working language (like the letters' default), from the
 * translation files; they name fields and people by kind and number, never by value or name, so that erasing a
 * person leaves nothing identifying in the request's history.
 */
@Service
@Transactional(readOnly = true)
public class PersonChoicesService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    /** The rights under which the person's objection to activity news is recorded. */
    public static final Set<Right> NEWS_OBJECTION_RIGHTS = EnumSet.of(Right.OBJECTION, Right.CONSENT_WITHDRAWAL);
    private static final int MAX_NOTE = 1000;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final SubjectRightsService subjectRights;
    private final NewsObjectionService newsObjections;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final RecipientNotification recipients;

    PersonChoicesService(RightsRequestRepository requests, RequestStatusChangeRepository changes,
                         SubjectRightsService subjectRights, NewsObjectionService newsObjections,
                         RequestAuditTrail audit, Clock clock, RecipientNotification recipients) {
        this.recipients = recipients;
        this.requests = requests;
        this.changes = changes;
        this.subjectRights = subjectRights;
        this.newsObjections = newsObjections;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The people whose record this request may rectify: the requester and the pupil a guardian asks for, provided
     * the request asks for rectification and may be acted on now. Empty otherwise.
     */
    @PreAuthorize(ACCESS)
    public List<SubjectRightsService.Subject> rectifiable(long requestId) {
        RightsRequest request = require(requests, requestId);
        if (!request.getRights().contains(Right.RECTIFICATION)) {
            return List.of();
        }
        try {
            return subjectRights.actionableSubjects(requestId);
        } catch (BusinessRuleException notNow) {
            return List.of();
        }
    }

    /**
     * Links a rectification made in the person's form to its request: refuses it (and so rolls it back) unless the
     * request asks for rectification, may be acted on now and is about that person; then writes the history line.
     * Runs in the rectification's transaction, as the user who rectified.
     */
    @EventListener
    @Transactional
    void on(PersonRectified rectified) {
        RightsRequest request = require(requests, rectified.requestId());
        if (!request.getRights().contains(Right.RECTIFICATION)) {
            throw new BusinessRuleException("privacy.choices.error.noRectificationRight");
        }
        boolean concerned = subjectRights.actionableSubjects(request.getId()).stream()
                .anyMatch(s -> s.ref().equals(rectified.subject()));
        if (!concerned) {
            throw new BusinessRuleException("privacy.choices.error.notASubject");
        }
        List<Message.Arg> fields = rectified.changedFieldLabelKeys().stream().<Message.Arg>map(Message.Label::new).toList();
        history(request, Message.of("privacy.choices.history.rectified", RequestHistoryNotes.person(rectified.subject()),
                new Message.Joined(fields)));
        recipients.tell(request, List.of(rectified.subject()), RecipientNotices.Change.RECTIFIED);
    }

    /**
     * Records the objection to news about activities (or the withdrawal of consent to it) on each person of the
     * request, from today. Refused without the objection or consent-withdrawal right, for a requester not found in
     * the records, and while the identity is checked or once the request is refused or closed. Audited by people;
     * one line in the request's history.
     *
     * @return how many people were newly recorded (the others already objected)
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public int recordNewsObjection(long requestId) {
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(NEWS_OBJECTION_RIGHTS::contains)) {
            throw new BusinessRuleException("privacy.choices.error.noObjectionRight");
        }
        List<SubjectRightsService.Subject> subjects = subjectRights.actionableSubjects(requestId);
        int recorded = 0;
        List<Message.Arg> people = new ArrayList<>();
        for (SubjectRightsService.Subject subject : subjects) {
            boolean recordedNow = newsObjections.recordObjection(subject.ref(), requestId);
            recorded += recordedNow ? 1 : 0;
            Message person = RequestHistoryNotes.person(subject.ref());
            people.add(new Message.Part(recordedNow ? person : Message.of(Message.SENTENCES, person,
                    new Message.Label("privacy.choices.history.alreadyObjecting"))));
        }
        history(request, Message.of("privacy.choices.history.objection", new Message.Joined(people)));
        audit.changed(request, "RIGHTS_REQUEST_NEWS_OBJECTION", null);
        return recorded;
    }

    /** A history line that records an action, not a step: the status stays as it is. */
    private void history(RightsRequest request, Message note) {
        changes.save(new RequestStatusChange(request.getId(), request.getStatus(), request.getStatus(), Actors.current(),
                clock.instant(), note));
    }
}
