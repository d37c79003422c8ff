package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.accounts.StaffNames;
import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.Message;
import be.classeur.privacy.domain.IllegalRequestMove;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChange;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import be.classeur.privacy.domain.SubjectRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * The work on one rights request: its page (with its history), its assignment, its status moves, the extension, the
 * reply and the correction of the date of receipt, each written in the request's history and the audit log. The
 * moves themselves are the request's own ({@link RightsRequest#startWork}, {@link RightsRequest#refuse}…): this
 * service only picks the move, records it and tells the others. Only privacy officers use it.
 */
@Service
@Transactional(readOnly = true)
public class RequestWorkflowService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    private static final int MAX_NOTE = 1000;
    /** Leaves room in the 1000-character history note for the two dates around the reason. */
    private static final int MAX_CORRECTION_REASON = 900;
    private static final DateTimeFormatter DATE = DisplayFormats.DATE;

    private final RightsRequestRepository requests;
    private final RequestStatusChangeRepository changes;
    private final GuardianRepresentation representation;
    private final ApplicationEventPublisher events;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final StaffNames staffNames;

    RequestWorkflowService(RightsRequestRepository requests, RequestStatusChangeRepository changes,
                           GuardianRepresentation representation, ApplicationEventPublisher events,
                           RequestAuditTrail audit, Clock clock, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.requests = requests;
        this.changes = changes;
        this.representation = representation;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about one request, with its history. The read is audited on the requester's record. */
    @PreAuthorize(ACCESS)
    @Transactional // not read-only: the audit line of this read is written in the same transaction
    public RequestDetail detail(long id) {
        RequestDetail detail = read(id);
        audit.accessed(id, "RIGHTS_REQUEST_VIEWED", null);
        return detail;
    }

    /**
     * The request's page again after the user's own action on it: not a new view, so not audited again. The page's
     * opening was audited by {@link #detail}, the action by the method that did it.
     */
    @PreAuthorize(ACCESS)
    @Transactional(readOnly = true)
    public RequestDetail detailAfterOwnAction(long id) {
        return read(id);
    }

    private RequestDetail read(long id) {
        RightsRequest r = require(requests, id);
        DataSubjectRef requester = r.requester();
        LocalDate today = today();
        List<RequestStatusChange> lines = changes.findByRequestIdOrderByChangedAtAscIdAsc(id);
        // Staff by name, never by login, as for the handler; a job or a deleted account shows as stored.
        List<String> staff = new java.util.ArrayList<>(lines.stream().map(RequestStatusChange::getChangedBy).toList());
        staff.add(r.getAssignee());
        Map<String, String> names = staffNames.displayNames(staff);
        List<StatusChangeRow> history = lines.stream()
                .map(c -> new StatusChangeRow(c.getFromStatus(), c.getToStatus(), names.getOrDefault(c.getChangedBy(), c.getChangedBy()),
                        c.getChangedAt(), c.getNote()))
                .toList();
        return new RequestDetail(r.getId(), r.getVersion(), RequestRecords.rightsOf(r), requester, r.getRequesterName(),
                r.getRequesterEmail(), RequestRecords.covered(r), r.getChannel(), r.getReceivedOn(), r.getDescription(),
                r.getStatus(), r.getAssignee(), r.getExtendedOn(), r.getExtensionReason(), r.getReplyRecordedOn(),
                r.firstDeadline(), r.deadline(), RequestRecords.daysLeft(r, today), r.getStatus().nextSteps(),
                r.canExtend(today), history, r.extendedDeadline(), r.getExtensionNotifiedOn(), r.extensionInForce(),
                r.nextAction(), r.getAssignee() == null ? null : names.get(r.getAssignee()));
    }

    /** Gives the request to a privacy officer (their login name). */
    @PreAuthorize(ACCESS)
    @Transactional
    public void assign(long id, @Nullable String login) {
        if (login == null || login.isBlank() || login.strip().length() > 60) {
            throw new BusinessRuleException("privacy.error.assigneeMissing");
        }
        RightsRequest r = require(requests, id);
        r.assignTo(login.strip(), now());
        audit.changed(r, "RIGHTS_REQUEST_ASSIGNED", "to " + login.strip());
    }

    /**
     * Moves the request one step along the flow, by the request's move that reaches the status asked for. Refused by
     * the request: a step the flow does not allow, "extended" (use {@link #extend}), a refusal without reasons (art.
     * 12(4)), and closing before the reply is recorded.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void changeStatus(long id, @Nullable RequestStatus to, @Nullable String note) {
        move(id, to, note, null);
    }

    /**
     * The identity is confirmed on a request awaiting it: work starts (or the request is "extended", when the extension
     * was decided meanwhile), with a history line that says why.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void startWorkOnceIdentityConfirmed(long id) {
        move(id, RequestStatus.IN_PROGRESS, null, Message.of("privacy.identity.history.confirmedStep"));
    }

    /** A status move with the officer's note (words as typed) or a note of the application's (a message). */
    private void move(long id, @Nullable RequestStatus to, @Nullable String note, @Nullable Message systemNote) {
        RightsRequest r = require(requests, id);
        RequestStatus from = r.getStatus();
        Instant now = now();
        if (to == null) {
            throw new IllegalRequestMove("privacy.error.illegalStep", from, from);
        }
        RequestStatus reached = switch (to) {
            case AWAITING_IDENTITY -> {
                r.requestIdentityProof(now);
                yield to;
            }
            case IN_PROGRESS -> r.startWork(now);
            case ANSWERED -> {
                r.answer(now);
                yield to;
            }
            case REFUSED -> {
                r.refuse(note, now);
                yield to;
            }
            case CLOSED -> {
                r.close(now);
                yield to;
            }
            case RECEIVED, EXTENDED -> throw new IllegalRequestMove("privacy.error.illegalStep", from, to);
        };
        // Checked after the move so that an illegal move is reported first; the transaction rolls the move back.
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new BusinessRuleException("privacy.error.noteTooLong", MAX_NOTE);
        }
        changes.save(new RequestStatusChange(id, from, reached, Actors.current(), now, systemNote != null ? systemNote : Message.literal(note)));
        audit.changed(r, "RIGHTS_REQUEST_STATUS", from + " -> " + reached);
        if (!r.getStatus().isOpen()) {
            events.publishEvent(new RequestEnded(id, r.getStatus()));
        }
    }

    /**
     * Extends the reply period by two further months (art. 12(3)): once, with reasons, decided on or before the first
     * deadline, on a request being worked on or awaiting proof of identity (the request checks it). The requester must
     * be told, with the reasons: until the extension notice is recorded as sent (letters), the first deadline stays
     * the one in force.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void extend(long id, @Nullable String reason) {
        RightsRequest r = require(requests, id);
        RequestStatus from = r.getStatus();
        r.extend(today(), reason, now());
        // Awaiting identity, the status stays: the history line then says in words that the extension was decided.
        Message note = r.getStatus() == RequestStatus.EXTENDED ? Message.literal(reason)
                : Message.of("privacy.history.extendedAwaitingIdentity", new Message.Text(r.getExtensionReason()));
        changes.save(new RequestStatusChange(id, from, r.getStatus(), Actors.current(), now(), note));
        audit.changed(r, "RIGHTS_REQUEST_EXTENDED", "until " + r.extendedDeadline() + " once the notice is recorded as sent");
    }

    /** Records the date the reply (or the reasoned refusal) was sent; needed before closing. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void recordReply(long id, @Nullable LocalDate sentOn) {
        RightsRequest r = require(requests, id);
        if (sentOn == null || sentOn.isAfter(today()) || sentOn.isBefore(r.getReceivedOn())) {
            throw new BusinessRuleException("privacy.error.replyDateInvalid");
        }
        r.recordReply(sentOn, now());
        audit.changed(r, "RIGHTS_REQUEST_REPLIED", "reply sent on " + sentOn);
    }

    /*
     * The same actions as taken from a request's page, which shows one version of the request: if another officer
     * changed it since, nothing is done and the page offers to reload, instead of overwriting their work unseen.
     * A change committed between this check and the commit fails on the entity's @Version in the same way.
     */

    @PreAuthorize(ACCESS)
    @Transactional
    public void assign(long id, @Nullable String login, long seenVersion) {
        expectVersion(id, seenVersion);
        assign(id, login);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void changeStatus(long id, @Nullable RequestStatus to, @Nullable String note, long seenVersion) {
        expectVersion(id, seenVersion);
        changeStatus(id, to, note);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void extend(long id, @Nullable String reason, long seenVersion) {
        expectVersion(id, seenVersion);
        extend(id, reason);
    }

    @PreAuthorize(ACCESS)
    @Transactional
    public void recordReply(long id, @Nullable LocalDate sentOn, long seenVersion) {
        expectVersion(id, seenVersion);
        recordReply(id, sentOn);
    }

    /**
     * Corrects a wrongly recorded date of receipt, with the reason: the deadlines (first, extended, due) follow. Refused
     * for a date in the future, or after a letter, the reply or the extension already recorded (they cannot precede
     * receipt). Written in the status history with the reason, and in the audit log.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void correctReceivedOn(long id, @Nullable LocalDate receivedOn, @Nullable String reason, long seenVersion) {
        expectVersion(id, seenVersion);
        RightsRequest r = require(requests, id);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("privacy.error.receiptCorrectionReasonMissing");
        }
        if (reason.strip().length() > MAX_CORRECTION_REASON) {
            throw new BusinessRuleException("privacy.error.noteTooLong", MAX_CORRECTION_REASON);
        }
        if (receivedOn == null) {
            throw new BusinessRuleException("privacy.error.receivedMissing");
        }
        if (receivedOn.isAfter(today())) {
            throw new BusinessRuleException("privacy.error.receivedInFuture");
        }
        if (receivedOn.equals(r.getReceivedOn())) {
            throw new BusinessRuleException("privacy.error.receiptUnchanged");
        }
        LocalDate firstAct = earliest(requests.findFirstLetterSentOn(id), r.getReplyRecordedOn(), r.getExtendedOn());
        if (firstAct != null && receivedOn.isAfter(firstAct)) {
            throw new BusinessRuleException("privacy.error.receiptAfterRecordedAct", DATE.format(firstAct));
        }
        // The children a guardian asks for must have been minors on the day received: the corrected day, now.
        representation.require(r.requester(), r.representedPupilIds(), receivedOn, r.getSubjects().stream()
                .filter(s -> s.getRole() == SubjectRole.REPRESENTED && s.getMinorCheckedAt() != null)
                .map(s -> s.person().id()).toList());
        LocalDate before = r.getReceivedOn();
        r.correctReceivedOn(receivedOn, now());
        changes.save(new RequestStatusChange(id, r.getStatus(), r.getStatus(), Actors.current(), now(),
                Message.of("privacy.history.receiptCorrected", before, receivedOn, new Message.Text(reason.strip()))));
        audit.changed(r, "RIGHTS_REQUEST_RECEIPT_FIXED", "received on " + before + " -> " + receivedOn
                + "; first deadline " + r.firstDeadline() + ", deadline " + r.deadline());
    }

    private static @Nullable LocalDate earliest(@Nullable LocalDate... dates) {
        return Arrays.stream(dates).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private void expectVersion(long id, long seenVersion) {
        if (require(requests, id).getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(RightsRequest.class, id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
