package be.classeur.privacy;

import be.classeur.kernel.SystemJob;
import be.classeur.privacy.domain.CopyDeletion;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a request is answered, refused or closed, any identity-document copy still kept for it (and any of its documents
 * marked as an identity document) is deleted: the copy has no use left. Runs once that step is committed, as the job
 * {@value #NAME}. Modulith's event publication registry writes the event down in the step's own transaction and marks
 * it complete only when the deletion has committed: a deletion cut short by a failure or a crash stays outstanding and
 * is run again at the next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class IdentityProofCleanup {
    static final String NAME = "identity-copy-cleanup";

    private final IdentityProofService proofs;
    private final RequestAuditTrail audit;
    private final Clock clock;

    IdentityProofCleanup(IdentityProofService proofs, RequestAuditTrail audit, Clock clock) {
        this.proofs = proofs;
        this.audit = audit;
        this.clock = clock;
    }

    // Synchronous after commit, as before: the page reloaded after the step already shows the copy gone. A failure is
    // logged by Spring, not shown to the officer, whose step is committed; the registry keeps the publication.
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onEnded(RequestEnded event) {
        CopyDeletion cause = switch (event.reached()) {
            case REFUSED -> CopyDeletion.REFUSED;
            case CLOSED -> CopyDeletion.CLOSED;
            default -> CopyDeletion.ANSWERED;
        };
        // The same principal whether it runs right after the step or again at a restart, with no one signed in.
        SystemJob.run(NAME, () -> delete(event.requestId(), cause));
    }

    private int delete(long requestId, CopyDeletion cause) {
        int deleted = proofs.deleteFiles(requestId, clock.instant(), cause);
        if (deleted > 0) {
            audit.changed(requestId, "IDENTITY_COPY_DELETED", deleted + " identity copy file(s) deleted, cause " + cause);
        }
        return deleted;
    }
}
