package be.classeur.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** When a request closes, any identity-document copy still kept for it is deleted (no check was recorded). */
@Component
class IdentityProofCleanup {
    private final IdentityProofService proofs;
    private final Clock clock;

    IdentityProofCleanup(IdentityProofService proofs, Clock clock) {
        this.proofs = proofs;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onClosed(RequestClosed event) {
        proofs.deleteFiles(event.requestId(), LocalDateTime.now(clock));
    }
}
