package be.classeur.privacy;

import be.classeur.kernel.SystemJob;
import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.IdentityProof;
import be.classeur.privacy.domain.IdentityProofRepository;
import be.classeur.privacy.domain.RequestAttachment;
import be.classeur.privacy.domain.RequestAttachmentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning at 7 (Brussels time), deletes every copy of an identity document kept longer than
 * {@link IdentityCopyRetention} allows (30 days by default) since it was received, whatever the state of its request:
 * the uploaded identity copies and the request documents marked as identity documents. Each request concerned gets a
 * line in its history and in the audit log; the log names the request numbers only, and the officer sees them in the
 * queue's alert ({@link IdentityProofService#requestsWithCopiesExpiredRecently()}). It runs as the system job
 * {@value #NAME} (see {@link PrivacySchedule}), which may call nothing of the officer's, so it works on the repositories
 * and the package's own deletion steps rather than the officer-only services; the audit log names the job.
 */
@Component
public class IdentityCopyExpiryJob {
    public static final String NAME = "identity-copy-expiry";
    private static final Logger log = LoggerFactory.getLogger(IdentityCopyExpiryJob.class);

    private final IdentityProofRepository proofs;
    private final RequestAttachmentRepository attachments;
    private final IdentityProofService proofService;
    private final RequestAttachmentService attachmentService;
    private final RequestHistoryNotes history;
    private final RequestAuditTrail audit;
    private final Clock clock;
    private final IdentityCopyRetention retention;

    IdentityCopyExpiryJob(IdentityProofRepository proofs, RequestAttachmentRepository attachments,
                          IdentityProofService proofService, RequestAttachmentService attachmentService,
                          RequestHistoryNotes history, RequestAuditTrail audit, Clock clock, IdentityCopyRetention retention) {
        this.proofs = proofs;
        this.attachments = attachments;
        this.proofService = proofService;
        this.attachmentService = attachmentService;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the copies past the age limit now; returns the requests concerned, in order. */
    @PreAuthorize(SystemJob.ONLY + NAME + "'")
    @Transactional
    public List<Long> deleteExpired() {
        Instant now = clock.instant();
        int maxAgeDays = retention.maxAgeDays();
        // Calendar days in the organisation's zone (the clock's), as before: a DST change does not move the limit.
        Instant cutoff = now.atZone(clock.getZone()).minusDays(maxAgeDays).toInstant();
        Map<Long, Integer> deletedPerRequest = new TreeMap<>();
        for (IdentityProof proof : proofs.findByFileNameIsNotNullAndUploadedAtBeforeOrderByRequestIdAscIdAsc(cutoff)) {
            proofService.deleteFile(proof, now, CopyDeletion.EXPIRED);
            deletedPerRequest.merge(proof.getRequestId(), 1, Integer::sum);
        }
        for (RequestAttachment document
                : attachments.findByIdentityDocumentTrueAndFileNameIsNotNullAndUploadedAtBeforeOrderByRequestIdAscIdAsc(cutoff)) {
            attachmentService.deleteFile(document, now, CopyDeletion.EXPIRED);
            deletedPerRequest.merge(document.getRequestId(), 1, Integer::sum);
        }
        deletedPerRequest.forEach((requestId, count) -> {
            history.add(requestId, "privacy.identity.history.expired", count, maxAgeDays);
            audit.changed(requestId, "IDENTITY_COPY_EXPIRED", count + " identity copy file(s) deleted after "
                    + maxAgeDays + " days");
        });
        if (deletedPerRequest.isEmpty()) {
            log.info("Identity copies: none kept longer than {} days", maxAgeDays);
        } else {
            log.warn("Identity copies kept longer than {} days deleted for rights request(s) {}: check whether an identity "
                    + "check is still to be done", maxAgeDays, deletedPerRequest.keySet());
        }
        return List.copyOf(deletedPerRequest.keySet());
    }
}
