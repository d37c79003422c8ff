package be.classeur.privacy.domain;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.calendar.LegalDeadline;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A data-protection rights request as received: who asked (a known person or just a name and an address), for which
 * rights, through which channel, when; and how it is being worked: status, assignee, extension, reply.
 *
 * <p>The deadline is a rule, not a fact: {@link #deadline()} computes it from the receipt date with
 * {@link LegalDeadline}. {@code dueOn} is the same value kept in a column, only so that the queue can be sorted and
 * filtered by deadline in SQL; the entity re-computes it whenever the receipt date or the extension changes.
 */
@Entity
@Table(name = "rights_request")
public class RightsRequest {
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

    @Column(name = "on_behalf_of_pupil_id")
    private Long onBehalfOfPupilId;

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

    @Column(name = "reply_recorded_on")
    private LocalDate replyRecordedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected RightsRequest() {
    }

    public RightsRequest(Set<Right> rights, DataSubjectRef requester, String requesterName, String requesterEmail,
                         Long onBehalfOfPupilId, RequestChannel channel, LocalDate receivedOn, String description,
                         LocalDateTime now) {
        this.rights = rights.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(rights));
        this.requesterKind = requester == null ? null : requester.kind();
        this.requesterId = requester == null ? null : requester.id();
        this.requesterName = requesterName == null ? null : requesterName.strip();
        this.requesterEmail = requesterEmail == null || requesterEmail.isBlank() ? null : requesterEmail.strip();
        this.onBehalfOfPupilId = onBehalfOfPupilId;
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.createdAt = now;
        this.updatedAt = now;
        syncDueOn();
    }

    /** The reply deadline: one month after receipt, three once extended (GDPR art. 12(3)). */
    public LocalDate deadline() {
        return extendedOn == null ? firstDeadline() : LegalDeadline.extendedDeadline(receivedOn);
    }

    /** The one-month deadline, by which an extension must be decided and told. */
    public LocalDate firstDeadline() {
        return LegalDeadline.replyDeadline(receivedOn);
    }

    private void syncDueOn() {
        this.dueOn = deadline();
    }

    public void moveTo(RequestStatus to, LocalDateTime now) {
        this.status = to;
        this.updatedAt = now;
    }

    public void extend(LocalDate on, String reason, LocalDateTime now) {
        this.extendedOn = on;
        this.extensionReason = reason.strip();
        this.status = RequestStatus.EXTENDED;
        this.updatedAt = now;
        syncDueOn();
    }

    public void assignTo(String login, LocalDateTime now) {
        this.assignee = login;
        this.updatedAt = now;
    }

    public void recordReply(LocalDate on, LocalDateTime now) {
        this.replyRecordedOn = on;
        this.updatedAt = now;
    }

    /**
     * Erasure of the requester: the name becomes the pseudonym, the e-mail and the free-text description go. The
     * request itself (rights, dates, status, history) stays as the proof of what was asked and done.
     */
    public void pseudonymiseRequester(String pseudonym, LocalDateTime now) {
        this.requesterName = pseudonym;
        this.requesterEmail = null;
        this.description = null;
        this.updatedAt = now;
    }

    /** Erasure of the pupil a guardian asked for: the description may name the pupil, so it goes. */
    public void clearDescription(LocalDateTime now) {
        this.description = null;
        this.updatedAt = now;
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
    public Long getOnBehalfOfPupilId() { return onBehalfOfPupilId; }
    public RequestChannel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getDescription() { return description; }
    public RequestStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public LocalDate getExtendedOn() { return extendedOn; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getReplyRecordedOn() { return replyRecordedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
}
