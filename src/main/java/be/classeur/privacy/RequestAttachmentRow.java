package be.classeur.privacy;

import be.classeur.privacy.domain.CopyDeletion;
import java.time.Instant;

/**
 * A document of a rights request as listed on its page: the content is downloadable while {@code kept}. An identity
 * document is deleted like the identity copies; {@code deletionCause} says why a document is gone (null when unknown).
 */
public record RequestAttachmentRow(long id, long requestId, String originalName, String contentType, long sizeBytes,
                                   Instant uploadedAt, String uploadedBy, boolean kept, Instant deletedAt,
                                   String deletedBy, boolean identityDocument, CopyDeletion deletionCause) {
}
