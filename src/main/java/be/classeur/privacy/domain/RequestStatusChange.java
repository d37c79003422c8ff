package be.classeur.privacy.domain;

import be.classeur.kernel.Message;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.jspecify.annotations.Nullable;
import org.hibernate.type.SqlTypes;

/**
 * One step in a request's history: from which status to which, by whom, when, why. The note is stored as a message
 * (key and typed arguments), never as a sentence in one language. Never changed afterwards, except that erasure clears
 * the note (its arguments may quote the person); the step itself stays.
 */
@Entity
@Table(name = "request_status_change")
public class RequestStatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private RequestStatus toStatus;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** The note as data: a translation key (or Message.LITERAL for words typed by a person) and its arguments. */
    @Column(name = "note_key", length = 120)
    private String noteKey;

    /** The note's arguments as JSON (Message.argsJson): they may quote or name the person, as the note did. */
    @Column(name = "note_args", length = 4000)
    private String noteArgs;

    protected RequestStatusChange() {
    }

    public RequestStatusChange(Long requestId, RequestStatus fromStatus, RequestStatus toStatus, String changedBy,
                               Instant changedAt, @Nullable Message note) {
        this.requestId = requestId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.noteKey = note == null ? null : note.key();
        this.noteArgs = note == null ? null : note.argsJson();
    }

    /** Erasure: the note (a refusal's or doubt's reasons, any remark) may name the person; the step stays. */
    public void clearNote() {
        this.noteKey = null;
        this.noteArgs = null;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public RequestStatus getFromStatus() { return fromStatus; }
    public RequestStatus getToStatus() { return toStatus; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    /** The note, rendered only where it is shown, in the reader's language. */
    public @Nullable Message getNote() { return Message.stored(noteKey, noteArgs); }
}
