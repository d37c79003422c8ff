package be.classeur.privacy.domain;

import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.calendar.LegalDeadline;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A data-protection rights request as received: who asked (a known person or just a name and an address), for which
 * rights, through which channel, when; and how it is being worked: status, assignee, extension, reply.
 *
 * <p>The deadline is a rule, not a fact: {@link #deadline()} computes it from the receipt date with
 * {@link LegalDeadline}. {@code dueOn} is the same value kept in a column, only so that the queue can be sorted and
 * filtered by deadline in SQL; the entity re-computes it whenever the receipt date, the extension or its notice
 * changes.
 */
@Entity
@Table(name = "rights_request")
public class RightsRequest {
    /** The extension reasons fit the history note (1000 characters). */
    public static final int MAX_EXTENSION_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "rights_request_right", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "right_code", nullable = false, length = 20)
    private Set<Right> rights = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "requester_kind", length = 12)
    private PersonKind requesterKind;

    @Column(name = "requester_id")
    private Long requesterId;

    @Column(name = "requester_name", nullable = false, length = 160)
    private String requesterName;

    @Column(name = "requester_email", length = 160)
    private String requesterEmail;

    /*
     * The people the request covers, with the confirmation of each match. The requester columns above stay the
     * request's own account of who asked; the requester's row here mirrors them and carries the confirmation. The old
     * on_behalf_of_pupil_id column was migrated into this table and is no longer mapped.
     */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("id")
    private List<RequestSubject> subjects = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private RequestChannel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(length = 60)
    private String assignee;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    /** The earliest date an extension notice was sent, as recorded; the extension counts only from then (art. 12(3)). */
    @Column(name = "extension_notified_on")
    private LocalDate extensionNotifiedOn;

    @Column(name = "reply_recorded_on")
    private LocalDate replyRecordedOn;

    /**
     * Set when the requester's data was erased: the pseudonym they were erased under. While the reply is not yet
     * recorded as sent, the request keeps what the reply needs to reach them (see {@link #holdForReply}).
     */
    @Column(name = "erased_as", length = 160)
    private String erasedAs;

    /** The postal address to reply to, kept only between the requester's erasure and the reply (see {@link #holdForReply}). */
    @Column(name = "reply_address", length = 400)
    private String replyAddress;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RightsRequest() {
    }

    public RightsRequest(Set<Right> rights, DataSubjectRef requester, String requesterName, String requesterEmail,
                         Collection<Long> representedPupilIds, RequestChannel channel, LocalDate receivedOn, String description,
                         Instant now) {
        this.rights = rights.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(rights));
        this.requesterKind = requester == null ? null : requester.kind();
        this.requesterId = requester == null ? null : requester.id();
        this.requesterName = requesterName == null ? null : requesterName.strip();
        this.requesterEmail = requesterEmail == null || requesterEmail.isBlank() ? null : requesterEmail.strip();
        if (requester != null) {
            subjects.add(new RequestSubject(requester, SubjectRole.REQUESTER));
        }
        if (representedPupilIds != null) {
            representedPupilIds.stream().distinct()
                    .forEach(pupilId -> subjects.add(new RequestSubject(DataSubjectRef.pupil(pupilId), SubjectRole.REPRESENTED)));
        }
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.createdAt = now;
        this.updatedAt = now;
        syncDueOn();
    }

    /**
     * The reply deadline in force: one month after receipt; three once extended AND the requester told so within the
     * first month (GDPR art. 12(3)). An extension decided but not notified in time changes nothing.
     */
    public LocalDate deadline() {
        return extensionInForce() ? LegalDeadline.extendedDeadline(receivedOn) : firstDeadline();
    }

    /** The three-month deadline of a decided extension, in force or not; null when not extended. */
    public LocalDate extendedDeadline() {
        return extendedOn == null ? null : LegalDeadline.extendedDeadline(receivedOn);
    }

    /**
     * Whether the extension counts: decided within the first month, and its notice recorded as sent on or before the
     * first deadline. Judged here, not only when recorded, so that a corrected (earlier) receipt date follows the same
     * rule. The notice may carry an earlier date than the decision: the decision is recorded on the day it is entered.
     */
    public boolean extensionInForce() {
        return extendedOn != null && extensionNotifiedOn != null && !extendedOn.isAfter(firstDeadline())
                && !extensionNotifiedOn.isAfter(firstDeadline());
    }

    /**
     * An extension notice was sent on that date: from then the extended deadline applies. Refused when the request is
     * not extended, or when the notice is dated after the first deadline (too late to extend). The earliest notice
     * counts; the caller has checked the date against receipt and today.
     */
    public void recordExtensionNotice(LocalDate sentOn, Instant now) {
        if (extendedOn == null) {
            throw new BusinessRuleException("privacy.letter.error.extensionNotDecided");
        }
        if (sentOn.isAfter(firstDeadline())) {
            throw new BusinessRuleException("privacy.letter.error.extensionNoticeTooLate",
                    DisplayFormats.DATE.format(firstDeadline()));
        }

        if (extensionNotifiedOn == null || sentOn.isBefore(extensionNotifiedOn)) {
            this.extensionNotifiedOn = sentOn;
            this.updatedAt = now;
            syncDueOn();
        }
    }

    /** The receipt date was wrongly recorded: the deadlines (first, extended, due) follow the corrected date. */
    public void correctReceivedOn(LocalDate receivedOn, Instant now) {
        this.receivedOn = receivedOn;
        this.updatedAt = now;
        syncDueOn();
    }

    /** The one-month deadline, by which an extension must be decided and told. */
    public LocalDate firstDeadline() {
        return LegalDeadline.replyDeadline(receivedOn);
    }

    private void syncDueOn() {
        this.dueOn = deadline();
    }

    /*
     * The status moves. Each is a named step of the flow drawn in RequestStatus; a move the flow does not allow from the
     * current status is refused with IllegalRequestMove, so no caller can put a request in a status it cannot reach.
     */

    /** Asks the requester for proof of identity (art. 12(6)): only from "received". */
    public void requestIdentityProof(Instant now) {
        step(RequestStatus.AWAITING_IDENTITY, now);
    }

    /**
     * Work on the request starts: from "received", or from "awaiting identity" once the identity is established. A
     * request extended while awaiting identity reaches "extended", not "in progress". Returns the status reached.
     */
    public RequestStatus startWork(Instant now) {
        step(RequestStatus.IN_PROGRESS, now);
        if (extendedOn != null) {
            this.status = RequestStatus.EXTENDED;
        }
        return status;
    }

    /** The reply was given: from "in progress" or "extended". */
    public void answer(Instant now) {
        step(RequestStatus.ANSWERED, now);
    }

    /**
     * The request is refused, with reasons (art. 12(4)): from "awaiting identity" (identity not established, art.
     * 12(2)), "in progress" or "extended".
     */
    public void refuse(String reasons, Instant now) {
        requireStep(RequestStatus.REFUSED);
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleException("privacy.error.refusalNeedsReason");
        }
        step(RequestStatus.REFUSED, now);
    }

    /** The file is closed: from "answered" or "refused", once the reply is recorded as sent. */
    public void close(Instant now) {
        requireStep(RequestStatus.CLOSED);
        if (replyRecordedOn == null) {
            throw new BusinessRuleException("privacy.error.closeWithoutReply");
        }
        step(RequestStatus.CLOSED, now);
    }

    private void requireStep(RequestStatus to) {
        if (!status.nextSteps().contains(to)) {
            throw new IllegalRequestMove("privacy.error.illegalStep", status, to);
        }
    }

    private void step(RequestStatus to, Instant now) {
        requireStep(to);
        this.status = to;
        this.updatedAt = now;
    }

    /**
     * The next step of the usual flow from where the request stands: start the work, once the identity is established
     * when it was asked for, answer, record the reply as sent, then close. Refusing, asking for proof of identity and
     * extending are the officer's decisions, never the default.
     */
    public NextAction nextAction() {
        return switch (status) {
            case RECEIVED -> NextAction.START_WORK;
            case AWAITING_IDENTITY -> NextAction.CONFIRM_IDENTITY;
            case IN_PROGRESS, EXTENDED -> NextAction.ANSWER;
            case ANSWERED, REFUSED -> replyRecordedOn == null ? NextAction.RECORD_REPLY : NextAction.CLOSE;
            case CLOSED -> NextAction.NONE;
        };
    }

    /**
     * Decides the extension by two further months (art. 12(3)): once, with reasons of at most
     * {@value #MAX_EXTENSION_REASON} characters, on or before the first deadline, on a request in progress or awaiting
     * proof of identity. A request awaiting proof of identity stays so (the identity check goes on); one in progress
     * becomes "extended". The deadline moves only once the notice is recorded ({@link #recordExtensionNotice}).
     */
    public void extend(LocalDate on, String reason, Instant now) {
        BusinessRuleException refusal = extensionRefusal(on);
        if (refusal != null) {
            throw refusal;
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("privacy.error.extensionReasonMissing");
        }
        if (reason.strip().length() > MAX_EXTENSION_REASON) {
            throw new BusinessRuleException("privacy.error.noteTooLong", MAX_EXTENSION_REASON);
        }
        this.extendedOn = on;
        this.extensionReason = reason.strip();
        if (status != RequestStatus.AWAITING_IDENTITY) {
            this.status = RequestStatus.EXTENDED;
        }
        this.updatedAt = now;
        syncDueOn();
    }

    /** Whether the one extension may still be decided on that day. */
    public boolean canExtend(LocalDate on) {
        return extensionRefusal(on) == null;
    }

    /** Why an extension is not possible on that day, or null when it is. */
    private BusinessRuleException extensionRefusal(LocalDate on) {
        if (extendedOn != null) {
            return new BusinessRuleException("privacy.error.alreadyExtended");
        }
        if (on.isAfter(firstDeadline())) {
            return new BusinessRuleException("privacy.error.extensionTooLate", DisplayFormats.DATE.format(firstDeadline()));
        }
        if (status != RequestStatus.IN_PROGRESS && status != RequestStatus.AWAITING_IDENTITY) {
            return new IllegalRequestMove("privacy.error.extensionNotInProgress", status, RequestStatus.EXTENDED);
        }
        return null;
    }

    public void assignTo(String login, Instant now) {
        this.assignee = login;
        this.updatedAt = now;
    }

    /**
     * Records the date the reply (or the reasoned refusal) was sent; needed before closing. Not before the work has
     * started, nor once the request is closed. The caller has checked the date against receipt and today.
     */
    public void recordReply(LocalDate on, Instant now) {
        if (status == RequestStatus.CLOSED || status == RequestStatus.RECEIVED) {
            throw new IllegalRequestMove("privacy.error.replyNotNow", status, status);
        }
        this.replyRecordedOn = on;
        this.updatedAt = now;
        forgetRequesterOnceReplied(now);
    }

    /**
     * Erasure of the requester: the free text (description, extension reasons) goes at once. The request itself
     * (rights, dates, status, history) stays as the proof of what was asked and done.
     *
     * <p>The name and the way to reach the requester are needed for one more thing: the reply, which the law requires
     * (art. 12(3)–(4)) and which tells them the erasure was done. So, until the reply is recorded as sent
     * ({@link #recordReply}), the request keeps the requester's name (for the salutation), their e-mail and, when the
     * reply goes by post, the postal address taken from their record before it was erased ({@link #holdForReply});
     * recording the reply then replaces the name with the pseudonym and clears the e-mail and the address. A request
     * whose reply was already recorded forgets them at once.
     */
    public void pseudonymiseRequester(String pseudonym, Instant now) {
        this.erasedAs = pseudonym;
        clearFreeText(now);
        forgetRequesterOnceReplied(now);
    }

    /**
     * Called just before the requester is erased, while their record still holds their contact details: keeps the
     * e-mail from the record when the request has none, and the postal address when the reply goes by post (the
     * request came by post or in person, or there is no e-mail). Only until the reply is recorded as sent.
     */
    public void holdForReply(String emailOnRecord, String postalAddress, Instant now) {
        if (replyRecordedOn != null) {
            return;
        }
        if (requesterEmail == null && emailOnRecord != null && !emailOnRecord.isBlank()) {
            this.requesterEmail = emailOnRecord.strip();
        }
        boolean byPost = channel == RequestChannel.POST || channel == RequestChannel.IN_PERSON || requesterEmail == null;
        if (byPost && postalAddress != null && !postalAddress.isBlank()) {
            this.replyAddress = postalAddress.strip();
        }
        this.updatedAt = now;
    }

    /** Once the reply to an erased requester is recorded, what was kept to send it goes. */
    private void forgetRequesterOnceReplied(Instant now) {
        if (erasedAs != null && replyRecordedOn != null) {
            this.requesterName = erasedAs;
            this.requesterEmail = null;
            this.replyAddress = null;
            this.updatedAt = now;
        }
    }

    /** Erasure of the pupil a guardian asked for: the description and the extension reasons may name the pupil. */
    public void clearDescription(Instant now) {
        clearFreeText(now);
    }

    private void clearFreeText(Instant now) {
        this.description = null;
        this.extensionReason = null;
        this.updatedAt = now;
    }

    /** Whether the requester's data was erased; the request then names them only until the reply is recorded. */
    public boolean isRequesterErased() {
        return erasedAs != null;
    }

    /** Whether the request still holds the erased requester's name and address, for the reply not yet recorded. */
    public boolean isHeldForReply() {
        return erasedAs != null && replyRecordedOn == null;
    }

    /**
     * Links a request whose requester was not found at intake to a person in the records (and, for a guardian, the
     * children they act for). The matches are proposed, not yet confirmed.
     */
    public void linkRequester(DataSubjectRef requester, Collection<Long> representedPupilIds, Instant now) {
        if (requester() != null) {
            throw new BusinessRuleException("privacy.subjects.error.requesterAlreadyLinked");
        }
        this.requesterKind = requester.kind();
        this.requesterId = requester.id();
        subjects.removeIf(s -> s.getRole() == SubjectRole.REPRESENTED);
        subjects.add(new RequestSubject(requester, SubjectRole.REQUESTER));
        representedPupilIds.stream().distinct()
                .forEach(pupilId -> subjects.add(new RequestSubject(DataSubjectRef.pupil(pupilId), SubjectRole.REPRESENTED)));
        this.updatedAt = now;
    }

    /** The privacy officer confirms that the person in the records is the one the request is about. */
    public RequestSubject confirmMatch(long subjectId, String by, Instant now) {
        RequestSubject subject = subject(subjectId);
        if (subject.isConfirmed()) {
            throw new BusinessRuleException("privacy.subjects.error.alreadyConfirmed");
        }
        subject.confirm(by, now);
        this.updatedAt = now;
        return subject;
    }

    /**
     * Removes a wrong proposed match. A confirmed match stays. Removing the requester unlinks the request from the
     * records (it becomes "not found" again) and also removes the children, who were covered only through them; so
     * it is refused once any match of the request is confirmed.
     */
    public List<RequestSubject> removeMatch(long subjectId, Instant now) {
        RequestSubject subject = subject(subjectId);
        if (subject.isConfirmed()) {
            throw new BusinessRuleException("privacy.subjects.error.confirmedStays");
        }
        List<RequestSubject> removed = new ArrayList<>();
        if (subject.getRole() == SubjectRole.REQUESTER) {
            if (subjects.stream().anyMatch(RequestSubject::isConfirmed)) {
                throw new BusinessRuleException("privacy.subjects.error.confirmedStays");
            }
            removed.addAll(subjects);
            this.requesterKind = null;
            this.requesterId = null;
        } else {
            removed.add(subject);
        }
        subjects.removeAll(removed);
        this.updatedAt = now;
        return removed;
    }

    private RequestSubject subject(long subjectId) {
        return subjects.stream().filter(s -> s.getId() != null && s.getId() == subjectId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("privacy.subjects.error.notInRequest"));
    }

    /** The people the request covers: the requester first, then the represented children, in the order recorded. */
    public List<RequestSubject> getSubjects() {
        List<RequestSubject> ordered = new ArrayList<>(subjects);
        ordered.sort(java.util.Comparator.comparing((RequestSubject s) -> s.getRole() != SubjectRole.REQUESTER));
        return List.copyOf(ordered);
    }

    /** The children a guardian asks for. */
    public List<Long> representedPupilIds() {
        return subjects.stream().filter(s -> s.getRole() == SubjectRole.REPRESENTED).map(s -> s.person().id()).toList();
    }

    /** The row of a child the request is made for, if the request covers them. */
    public java.util.Optional<RequestSubject> representedSubject(long pupilId) {
        return subjects.stream().filter(s -> s.getRole() == SubjectRole.REPRESENTED && s.person().id() == pupilId).findFirst();
    }

    /** The requester as a data subject, when the person was found in the records. */
    public DataSubjectRef requester() {
        return requesterKind == null || requesterId == null ? null : new DataSubjectRef(requesterKind, requesterId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Set<Right> getRights() { return rights; }
    public String getRequesterName() { return requesterName; }
    public String getRequesterEmail() { return requesterEmail; }
    public RequestChannel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getDescription() { return description; }
    public RequestStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public LocalDate getExtendedOn() { return extendedOn; }
    public LocalDate getExtensionNotifiedOn() { return extensionNotifiedOn; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getReplyRecordedOn() { return replyRecordedOn; }
    public String getErasedAs() { return erasedAs; }
    public String getReplyAddress() { return replyAddress; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
