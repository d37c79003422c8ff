package be.classeur.privacy;

import be.classeur.privacy.domain.IdentityCheckResult;
import java.time.LocalDateTime;

/** What is known of an identity check: the copy (while it is kept) and, once done, who checked, when, with which result. */
public record IdentityProofRow(Long id, long requestId, boolean fileKept, String contentType, LocalDateTime uploadedAt,
                               String uploadedBy, String checkedBy, LocalDateTime checkedAt, IdentityCheckResult result,
                               LocalDateTime fileDeletedAt) {
}
