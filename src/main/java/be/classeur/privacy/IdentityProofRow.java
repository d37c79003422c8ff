package be.classeur.privacy;

import be.classeur.privacy.domain.CopyDeletion;
import be.classeur.privacy.domain.IdentityCheckResult;
import java.time.Instant;

/**
 * What is known of an identity check: the copy (while it is kept) and, once done, who checked, when, with which result,
 * whether the officer confirmed that copies received by e-mail or on paper are gone, and why the copy was deleted.
 */
public record IdentityProofRow(Long id, long requestId, boolean fileKept, String contentType, Instant uploadedAt,
                               String uploadedBy, String checkedBy, Instant checkedAt, IdentityCheckResult result,
                               Instant fileDeletedAt, boolean otherCopiesDestroyed, CopyDeletion deletionCause) {
}
