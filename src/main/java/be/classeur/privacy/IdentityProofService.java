package be.classeur.privacy;

import static be.classeur.privacy.domain.RightsRequestRepository.require;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.IdentityProof;
import be.classeur.privacy.domain.IdentityProofRepository;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RightsRequest;
import be.classeur.privacy.domain.RightsRequestRepository;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Identity proof for a rights request, only where there is a reasonable doubt (GDPR art. 12(6)): the officer records
 * the doubt (the request then waits in "awaiting identity"), uploads the copy the requester sent, checks it and records
 * the result. The copy is encrypted on disk by {@link EncryptedFileStore} and deleted as soon as the check is recorded,
 * or when the request is refused or closes, and at the latest after {@code classeur.privacy.id-copy-max-age-days}
 * (see {@link IdentityCopyExpiryJob}); only the fact of the check stays. Documents of the request marked as identity
 * documents ({@link RequestAttachmentService}) are deleted with the copies.
 */
@Service
@Transactional(readOnly = true)
public class IdentityProofService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** What a copy may be, by file extension: the type stored is the one the extension says. */
    public static final Map<String, String> ACCEPTED = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    private static final Logger log = LoggerFactory.getLogger(IdentityProofService.class);
    /** How long the officer's alert keeps showing copies that the age limit deleted. */
    public static final int EXPIRY_ALERT_DAYS = 7;

    private final IdentityProofRepository proofs;
    private final RightsRequestRepository requests;
    private final RequestWorkflowService workflow;
    private final EncryptedFileStore store;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final RequestAttachmentService attachments;
    private final RequestHistoryNotes history;
    private final IdentityCopyRetention retention;

    IdentityProofService(IdentityProofRepository proofs, RightsRequestRepository requests, RequestWorkflowService workflow,
                         EncryptedFileStore store, RequestAuditTrail audit, Clock clock, RequestAttachmentService attachments,
                         RequestHistoryNotes history, IdentityCopyRetention retention) {
        this.proofs = proofs;
        this.requests = requests;
        this.workflow = workflow;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.attachments = attachments;
        this.history = history;
        this.retention = retention;
    }

    /** Records the reasonable doubt, with its reason: the request waits for the identity proof. */
    @PreAuthorize(ACCESS)
    @Transactional
    public void recordDoubt(long requestId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("privacy.identity.error.doubtReasonMissing");
        }
        workflow.changeStatus(requestId, RequestStatus.AWAITING_IDENTITY, reason.strip());
    }

    /**
     * Stores the copy of the identity document, encrypted; the request must be awaiting identity. Its type is the one
     * its file name's extension says (see {@link #ACCEPTED}).
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public long upload(long requestId, String fileName, byte[] content) {
        RightsRequest request = find(requestId);
        if (request.getStatus() != RequestStatus.AWAITING_IDENTITY) {
            throw new BusinessRuleException("privacy.identity.error.notAwaiting");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("privacy.identity.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessRuleException("privacy.identity.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = ACCEPTED.get(FileNames.extensionOf(fileName));
        if (type == null) {
            throw new BusinessRuleException("privacy.identity.error.type");
        }
        String stored = store.writeWithinTransaction(content);
        IdentityProof proof = proofs.save(new IdentityProof(requestId, stored, type, now(), Actors.current()));
        audit.changed(requestId, "IDENTITY_PROOF_RECEIVED", "copy " + proof.getId() + " kept encrypted until the check");
        return proof.getId();
    }

    /** The decrypted copy, for the officer to check; opening it is audited. */
    @PreAuthorize(ACCESS)
    @Transactional
    public byte[] read(long proofId) {
        IdentityProof proof = proofs.findById(proofId).orElseThrow(() -> new EntityNotFoundException("IdentityProof " + proofId));
        if (proof.getFileName() == null) {
            throw new BusinessRuleException("privacy.identity.error.deleted");
        }
        byte[] content = store.read(proof.getFileName());
        audit.accessed(proof.getRequestId(), "IDENTITY_PROOF_OPENED", "copy " + proof.getId());
        return content;
    }

    /**
     * Records that the check is done, and with which result; the copy is deleted at once, with the request's documents
     * marked as identity documents. The officer must confirm that any copy received by e-mail or on paper is deleted
     * or shredded too; that confirmation is kept with the check. A confirmed identity moves a waiting request on to
     * "in progress"; an unconfirmed one leaves the refusal (with reasons) to the officer.
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public void recordCheck(long requestId, IdentityCheckResult result, boolean otherCopiesDestroyed) {
        if (result == null) {
            throw new BusinessRuleException("privacy.identity.error.resultMissing");
        }
        if (!otherCopiesDestroyed) {
            throw new BusinessRuleException("privacy.identity.error.otherCopiesNotConfirmed");
        }
        List<IdentityProof> all = proofs.findByRequestIdOrderByUploadedAtAscIdAsc(requestId);
        if (all.isEmpty()) {
            throw new BusinessRuleException("privacy.identity.error.nothingToCheck");
        }
        Instant now = now();
        for (IdentityProof proof : all) {
            if (proof.getCheckedAt() == null) {
                proof.recordCheck(result, Actors.current(), now);
                proof.otherCopiesDestroyed();
            }
        }
        deleteFiles(requestId, now, CopyDeletion.CHECK_RECORDED);
        audit.changed(requestId, "IDENTITY_CHECK_RECORDED", result
                + "; copies deleted; copies received by e-mail or on paper confirmed deleted or shredded");
        history.add(requestId, "privacy.identity.history.checked." + result.name());
        if (result == IdentityCheckResult.CONFIRMED && require(requests, requestId).getStatus() == RequestStatus.AWAITING_IDENTITY) {
            workflow.startWorkOnceIdentityConfirmed(requestId);
        }
    }

    /** The identity checks of a request, oldest first. */
    @PreAuthorize(ACCESS)
    public List<IdentityProofRow> proofsOf(long requestId) {
        return proofs.findByRequestIdOrderByUploadedAtAscIdAsc(requestId).stream()
                .map(p -> new IdentityProofRow(p.getId(), p.getRequestId(), p.getFileName() != null, p.getContentType(),
                        p.getUploadedAt(), p.getUploadedBy(), p.getCheckedBy(), p.getCheckedAt(), p.getResult(),
                        p.getFileDeletedAt(), p.isOtherCopiesDestroyed(), p.getDeletionCause()))
                .toList();
    }

    /**
     * The requests whose identity copies (or identity documents) the age limit deleted in the last
     * {@value #EXPIRY_ALERT_DAYS} days, for the officer's alert: a check may be left to do without the copy.
     */
    @PreAuthorize(ACCESS)
    public List<Long> requestsWithCopiesExpiredRecently() {
        // Calendar days in the organisation's zone, as the alert promises.
        Instant since = ZonedDateTime.now(clock).minusDays(EXPIRY_ALERT_DAYS).toInstant();
        SortedSet<Long> ids = new TreeSet<>(proofs.findRequestIdsDeleted(CopyDeletion.EXPIRED, since));
        ids.addAll(attachments.requestIdsDeleted(CopyDeletion.EXPIRED, since));
        return List.copyOf(ids);
    }

    /** The identity copies still kept, and the oldest one's receipt: two count queries, for the dashboard and alerts. */
    @PreAuthorize(RequestQueueService.FIGURES)
    public IdentityCopiesHeld copiesHeld() {
        Instant proof = proofs.oldestKeptUploadedAt();
        Instant document = attachments.oldestKeptIdentityDocumentUploadedAt();
        Instant oldest = proof == null ? document : document == null || proof.isBefore(document) ? proof : document;
        return new IdentityCopiesHeld(proofs.countByFileNameIsNotNull() + attachments.countIdentityDocumentsKept(), oldest,
                retention.maxAgeDays());
    }

    /** The age limit of identity copies, in days (see {@link IdentityCopyRetention}); not personal data. */
    @PreAuthorize(ACCESS)
    public int copyMaxAgeDays() {
        return retention.maxAgeDays();
    }

    /**
     * Deletes every copy still kept for the request, and its documents marked as identity documents, and clears the
     * references; used on check, refusal and closing. Returns how many files were deleted.
     */
    @Transactional
    int deleteFiles(long requestId, Instant now, CopyDeletion cause) {
        List<IdentityProof> kept = proofs.findByRequestIdAndFileNameIsNotNull(requestId);
        kept.forEach(proof -> deleteFile(proof, now, cause));
        int deleted = kept.size() + attachments.deleteIdentityDocuments(requestId, now, cause);
        if (deleted > 0) {
            log.info("Identity copies of request {} deleted ({}): {}", requestId, cause, deleted);
        }
        return deleted;
    }

    /** Deletes the file of one copy for the given reason; the row stays as the trace of the check. */
    @Transactional
    void deleteFile(IdentityProof proof, Instant now, CopyDeletion cause) {
        String name = proof.getFileName();
        proof.fileDeleted(now, cause);
        proofs.saveAndFlush(proof);
        store.delete(name);
    }

    // Kept for upload(), which is being reworked elsewhere; new code calls require(requests, id) directly.
    private RightsRequest find(long id) {
        return require(requests, id);
    }

    private Instant now() {
        return clock.instant();
    }
}
