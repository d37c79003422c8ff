package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.RequestAttachment;
import be.classeur.privacy.domain.RequestAttachmentRepository;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents received with a rights request: the scanned letter, a printed e-mail, a signed form. Each is kept
 * encrypted by {@link EncryptedFileStore}; adding, opening and removing one is audited. Erasure of the requester
 * deletes the files and replaces their names (see {@link RequestAttachmentsPersonalData}).
 */
@Service
@Transactional(readOnly = true)
public class RequestAttachmentService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** What a request's documents may be, by file extension: the type stored is the one the extension says. */
    public static final Map<String, String> ACCEPTED = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "txt", "text/plain", "eml", "message/rfc822");
    private static final int MAX_NAME = 255;
    private static final String IDENTITY = " (identity document)";

    private final RequestAttachmentRepository attachments;
    private final RightsRequestRepository requests;
    private final EncryptedFileStore store;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final IdentityCopyRetention retention;

    RequestAttachmentService(RequestAttachmentRepository attachments, RightsRequestRepository requests,
                             EncryptedFileStore store, RequestAuditTrail audit, Clock clock, IdentityCopyRetention retention) {
        this.attachments = attachments;
        this.requests = requests;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** How many days an identity document may be kept at most (see {@link IdentityCopyRetention}); not personal data. */
    @PreAuthorize(ACCESS)
    public int identityCopyMaxAgeDays() {
        return retention.maxAgeDays();
    }

    /** Adds a document to a request that is not closed. The content is encrypted before it touches the disk. */
    @PreAuthorize(ACCESS)
    @Transactional
    public long attach(long requestId, String originalName, byte[] content) {
        return attach(requestId, originalName, content, false);
    }

    /**
     * Adds a document; when it is a copy of an identity document, it is then deleted like the identity copies: when the
     * check is recorded, when the request is refused or closed, and at the age limit.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public long attach(long requestId, String originalName, byte[] content, boolean identityDocument) {
        RightsRequest request = require(requests, requestId);
        if (request.getStatus() == RequestStatus.CLOSED) {
            throw new BusinessRuleException("privacy.attachment.error.closed");
        }
        if (identityDocument && request.getStatus() == RequestStatus.REFUSED) {
            throw new BusinessRuleException("privacy.attachment.error.identityAfterRefusal");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("privacy.attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("privacy.attachment.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = cleanName(originalName);
        String type = ACCEPTED.get(FileNames.extensionOf(name));
        if (type == null) {
            throw new BusinessRuleException("privacy.attachment.error.type");
        }
        String fileName = store.writeWithinTransaction(content);
        RequestAttachment document = new RequestAttachment(requestId, fileName, name, type, content.length, now(),
                Actors.current());
        if (identityDocument) {
            document.markIdentityDocument();
        }
        RequestAttachment saved = attachments.save(document);
        audit.changed(request, "REQUEST_DOCUMENT_ADDED", "document " + saved.getId() + (identityDocument ? IDENTITY : ""));
        return saved.getId();
    }

    /**
     * Marks a kept document as a copy of an identity document (it came with the letter, for instance): from then on it
     * is deleted like the identity copies. Not on a refused or closed request, whose identity copies are already gone.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void markIdentityDocument(long attachmentId) {
        RequestAttachment a = find(attachmentId);
        if (!a.isKept()) {
            throw new BusinessRuleException("privacy.attachment.error.deleted");
        }
        if (a.isIdentityDocument()) {
            return;
        }
        RequestStatus status = require(requests, a.getRequestId()).getStatus();
        if (status == RequestStatus.REFUSED || status == RequestStatus.CLOSED) {
            throw new BusinessRuleException("privacy.attachment.error.identityAfterRefusal");
        }
        a.markIdentityDocument();
        audit.changed(a.getRequestId(), "REQUEST_DOCUMENT_IDENTITY", "document " + a.getId() + IDENTITY);
    }

    /** The documents of a request, oldest first, with those already removed (their trace). */
    @PreAuthorize(ACCESS)
    public List<RequestAttachmentRow> attachmentsOf(long requestId) {
        return attachments.findByRequestIdOrderByUploadedAtAscIdAsc(requestId).stream().map(RequestAttachmentService::row).toList();
    }

    /** The decrypted document, for the officer; opening it is audited. */
    @PreAuthorize(ACCESS)
    @Transactional
    public StoredDocument open(long attachmentId) {
        RequestAttachment a = find(attachmentId);
        if (!a.isKept()) {
            throw new BusinessRuleException("privacy.attachment.error.deleted");
        }
        byte[] content = store.read(a.getFileName());
        if (a.isIdentityDocument()) {
            audit.accessed(a.getRequestId(), "IDENTITY_PROOF_OPENED", "document " + a.getId() + IDENTITY);
        } else {
            audit.accessed(a.getRequestId(), "REQUEST_DOCUMENT_OPENED", "document " + a.getId());
        }
        return new StoredDocument(a.getOriginalName(), a.getContentType(), content);
    }

    /** Removes a document added by mistake: the file goes, the trace of who added and removed it stays. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void remove(long attachmentId) {
        RequestAttachment a = find(attachmentId);
        if (!a.isKept()) {
            return;
        }
        String fileName = a.getFileName();
        a.fileDeleted(Actors.current(), now(), CopyDeletion.REMOVED);
        attachments.saveAndFlush(a);
        store.delete(fileName);
        audit.changed(a.getRequestId(), "REQUEST_DOCUMENT_REMOVED", "document " + a.getId());
    }

    /** Erasure: the files of these requests go and their names are replaced. Called by the personal-data handler. */
    @Transactional
    void erase(Collection<Long> requestIds, String replacementName) {
        if (requestIds.isEmpty()) {
            return;
        }
        Instant now = now();
        for (RequestAttachment a : attachments.findByRequestIdInOrderByUploadedAtAscIdAsc(requestIds)) {
            String fileName = a.getFileName();
            if (fileName != null) {
                a.fileDeleted(Actors.current(), now);
            }
            a.pseudonymiseName(replacementName);
            attachments.saveAndFlush(a);
            if (fileName != null) {
                store.delete(fileName);
            }
        }
    }

    /** Deletes the identity documents still kept for the request, for the given reason; how many were deleted. */
    @Transactional
    int deleteIdentityDocuments(long requestId, Instant now, CopyDeletion cause) {
        List<RequestAttachment> kept = attachments.findByRequestIdAndIdentityDocumentTrueAndFileNameIsNotNull(requestId);
        kept.forEach(a -> deleteFile(a, now, cause));
        return kept.size();
    }

    /** Deletes the file of one document for the given reason; the row stays as its trace. */
    @Transactional
    void deleteFile(RequestAttachment a, Instant now, CopyDeletion cause) {
        String fileName = a.getFileName();
        a.fileDeleted(Actors.current(), now, cause);
        attachments.saveAndFlush(a);
        store.delete(fileName);
    }

    List<Long> requestIdsDeleted(CopyDeletion cause, Instant since) {
        return attachments.findRequestIdsDeleted(cause, since);
    }

    long countIdentityDocumentsKept() {
        return attachments.countByIdentityDocumentTrueAndFileNameIsNotNull();
    }

    @org.jspecify.annotations.Nullable
    Instant oldestKeptIdentityDocumentUploadedAt() {
        return attachments.oldestKeptIdentityDocumentUploadedAt();
    }

    List<RequestAttachment> of(Collection<Long> requestIds) {
        return requestIds.isEmpty() ? List.of() : attachments.findByRequestIdInOrderByUploadedAtAscIdAsc(requestIds);
    }

    /** Only the last path segment, without control characters, at most 255 characters; never blank. */
    static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > MAX_NAME) {
            String extension = FileNames.extensionOf(name);
            name = name.substring(0, MAX_NAME - extension.length() - 1) + "." + extension;
        }
        return name;
    }

    private RequestAttachment find(long id) {
        return attachments.findById(id).orElseThrow(() -> new EntityNotFoundException("RequestAttachment " + id));
    }

    private static RequestAttachmentRow row(RequestAttachment a) {
        return new RequestAttachmentRow(a.getId(), a.getRequestId(), a.getOriginalName(), a.getContentType(),
                a.getSizeBytes(), a.getUploadedAt(), a.getUploadedBy(), a.isKept(), a.getDeletedAt(), a.getDeletedBy(),
                a.isIdentityDocument(), a.getDeletionCause());
    }

    private Instant now() {
        return clock.instant();
    }
}
