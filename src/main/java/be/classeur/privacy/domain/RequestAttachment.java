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
 * A document received with a rights request (the scanned letter, a printed e-mail, a signed form). Like identity
 * copies, the content is never in the database: it is an encrypted file named by a random UUID. The original file name
 * may name the requester, so erasure replaces it and deletes the file; the row then only says that a document existed.
 */
@Entity
@Table(name = "privacy_request_attachment")
public class RequestAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    /** The encrypted file's name on disk; null once the file is deleted. */
    @Column(name = "file_name", length = 40)
    private String fileName;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by", length = 60)
    private String deletedBy;

    /** A copy of an identity document: deleted like the identity copies (check, refusal, closing, age limit). */
    @Column(name = "identity_document", nullable = false)
    private boolean identityDocument;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "deletion_cause", length = 20)
    private CopyDeletion deletionCause;

    protected RequestAttachment() {
    }

    public RequestAttachment(Long requestId, String fileName, String originalName, String contentType, long sizeBytes,
                             Instant uploadedAt, String uploadedBy) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    /** The file is gone; what is left says a document existed, when and by whom it was added and removed. */
    public void fileDeleted(String by, Instant at) {
        this.fileName = null;
        this.deletedBy = by;
        this.deletedAt = at;
    }

    public void fileDeleted(String by, Instant at, CopyDeletion cause) {
        fileDeleted(by, at);
        this.deletionCause = cause;
    }

    public void markIdentityDocument() {
        this.identityDocument = true;
    }

    /** Erasure: the original name may name the person. */
    public void pseudonymiseName(String replacement) {
        this.originalName = replacement;
    }

    public boolean isKept() {
        return fileName != null;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getFileName() { return fileName; }
    public String getOriginalName() { return originalName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getDeletedAt() { return deletedAt; }
    public String getDeletedBy() { return deletedBy; }
    public boolean isIdentityDocument() { return identityDocument; }
    public CopyDeletion getDeletionCause() { return deletionCause; }
}
