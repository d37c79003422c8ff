package be.classeur.privacy;

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
 * marked as an identity document) is deleted: the copy has no use left. Runs once that step is committed.
 */
@Component
class IdentityProofCleanup {
    private final IdentityProofService proofs;
    private final RequestAuditTrail audit;
    private final Clock clock;

    IdentityProofCleanup(IdentityProofService proofs, RequestAuditTrail audit, Clock clock) {
        this.proofs = proofs;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onEnded(RequestEnded event) {
        delete(event.requestId(), switch (event.reached()) {
            case REFUSED -> CopyDeletion.REFUSED;
            case CLOSED -> CopyDeletion.CLOSED;
            default -> CopyDeletion.ANSWERED;
        });
    }

    private void delete(long requestId, CopyDeletion cause) {
        int deleted = proofs.deleteFiles(requestId, clock.instant(), cause);
        if (deleted > 0) {
            audit.changed(requestId, "IDENTITY_COPY_DELETED", deleted + " identity copy file(s) deleted, cause " + cause);
        }
    }
}
