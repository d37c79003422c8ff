package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.accounts.RecipientNotices;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.consent.ActivityNews;
import be.classeur.consent.ConsentEntry;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.PurposeState;
import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.PersonKind;
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
    private final ConsentLedger ledger;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final RecipientNotification recipients;

    PersonChoicesService(RightsRequestRepository requests, RequestStatusChangeRepository changes,
                         SubjectRightsService subjectRights, ConsentLedger ledger,
                         RequestAuditTrail audit, Clock clock, RecipientNotification recipients) {
        this.recipients = recipients;
        this.requests = requests;
        this.changes = changes;
        this.subjectRights = subjectRights;
        this.ledger = ledger;
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
            boolean recordedNow = ledger.withdraw(subject.ref(), ActivityNews.PURPOSE, ConsentChannel.RIGHTS_REQUEST,
                    requestId, guardianAsking(subjects, subject), null) > 0;
            recorded += recordedNow ? 1 : 0;
            Message person = RequestHistoryNotes.person(subject.ref());
            people.add(new Message.Part(recordedNow ? person : Message.of(Message.SENTENCES, person,
                    new Message.Label("privacy.choices.history.alreadyObjecting"))));
        }
        history(request, Message.of("privacy.choices.history.objection", new Message.Joined(people)));
        audit.changed(request, "RIGHTS_REQUEST_NEWS_OBJECTION", null);
        return recorded;
    }

    /** One consent of one of the request's people that is in force and may be withdrawn from the request's page. */
    public record WithdrawableConsent(SubjectRightsService.Subject subject, String purpose) {
        public String purposeKey() {
            return "privacy.processing.purpose." + purpose;
        }
    }

    /**
     * The consents granted by or for the request's people (the requester and the pupil a guardian asks for), that the
     * request may withdraw: only for a request of objection or consent withdrawal that may be acted on now.
     */
    @PreAuthorize(ACCESS)
    public List<WithdrawableConsent> withdrawableConsents(long requestId) {
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(NEWS_OBJECTION_RIGHTS::contains)) {
            return List.of();
        }
        List<SubjectRightsService.Subject> subjects;
        try {
            subjects = subjectRights.actionableSubjects(requestId);
        } catch (BusinessRuleException notNow) {
            return List.of();
        }
        List<WithdrawableConsent> out = new ArrayList<>();
        for (SubjectRightsService.Subject subject : subjects) {
            for (PurposeState state : ledger.current(subject.ref())) {
                if (state.current().stream().map(ConsentEntry::status).anyMatch(ConsentStatus.GRANTED::equals)) {
                    out.add(new WithdrawableConsent(subject, state.purpose()));
                }
            }
        }
        return out;
    }

    /**
     * Withdraws one consent of one of the request's people through the ledger (channel: this request), from today;
     * refused as {@link #recordNewsObjection} is. One line in the request's history.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public int withdrawConsent(long requestId, be.classeur.kernel.DataSubjectRef person, String purpose) {
        RightsRequest request = require(requests, requestId);
        if (request.getRights().stream().noneMatch(NEWS_OBJECTION_RIGHTS::contains)) {
            throw new BusinessRuleException("privacy.choices.error.noObjectionRight");
        }
        List<SubjectRightsService.Subject> subjects = subjectRights.actionableSubjects(requestId);
        SubjectRightsService.Subject subject = subjects.stream().filter(s -> s.ref().equals(person)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("privacy.choices.error.notASubject"));
        int recorded = ledger.withdraw(person, purpose, ConsentChannel.RIGHTS_REQUEST, requestId,
                guardianAsking(subjects, subject), null);
        history(request, Message.of("privacy.choices.history.consentWithdrawn", RequestHistoryNotes.person(person),
                new Message.Label("privacy.processing.purpose." + purpose)));
        audit.changed(request, "RIGHTS_REQUEST_CONSENT_WITHDRAWN", purpose);
        return recorded;
    }

    /** For a pupil of the request, the guardian who asks for them (the requester), who then objects in their name. */
    private static @org.jspecify.annotations.Nullable Long guardianAsking(
            List<SubjectRightsService.Subject> subjects, SubjectRightsService.Subject subject) {
        if (subject.ref().kind() != PersonKind.PUPIL) {
            return null;
        }
        return subjects.stream().filter(s -> s.requester() && s.ref().kind() == PersonKind.GUARDIAN)
                .map(s -> s.ref().id()).findFirst().orElse(null);
    }

    /** A history line that records an action, not a step: the status stays as it is. */
    private void history(RightsRequest request, Message note) {
        changes.save(new RequestStatusChange(request.getId(), request.getStatus(), request.getStatus(), Actors.current(),
                clock.instant(), note));
    }
}
