package be.classeur.privacy.domain;

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
import org.hibernate.type.SqlTypes;

/**
 * The trace of an identity check for a rights request (GDPR art. 12(6)). The copy of the identity document itself is
 * never in the database: it is an encrypted file on disk, named by a random UUID, deleted as soon as the check is
 * recorded, the request is refused or closed, or the copy reaches the age limit. Afterwards only the fact of the check remains: who, when, with which result.
 */
@Entity
@Table(name = "privacy_identity_proof")
public class IdentityProof {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    /** The encrypted file's name on disk; null once the file is deleted. */
    @Column(name = "file_name", length = 40)
    private String fileName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "checked_by", length = 60)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private IdentityCheckResult result;

    @Column(name = "file_deleted_at")
    private Instant fileDeletedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "deletion_cause", length = 20)
    private CopyDeletion deletionCause;

    /** The officer confirmed, with the check, that copies received by e-mail or on paper are deleted or shredded. */
    @Column(name = "other_copies_destroyed", nullable = false)
    private boolean otherCopiesDestroyed;

    protected IdentityProof() {
    }

    public IdentityProof(Long requestId, String fileName, String contentType, Instant uploadedAt, String uploadedBy) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public void recordCheck(IdentityCheckResult result, String by, Instant at) {
        this.result = result;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public void fileDeleted(Instant at) {
        this.fileName = null;
        this.fileDeletedAt = at;
    }

    public void fileDeleted(Instant at, CopyDeletion cause) {
        fileDeleted(at);
        this.deletionCause = cause;
    }

    public void otherCopiesDestroyed() {
        this.otherCopiesDestroyed = true;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
    public IdentityCheckResult getResult() { return result; }
    public Instant getFileDeletedAt() { return fileDeletedAt; }
    public CopyDeletion getDeletionCause() { return deletionCause; }
    public boolean isOtherCopiesDestroyed() { return otherCopiesDestroyed; }
}
