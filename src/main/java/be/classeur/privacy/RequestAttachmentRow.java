package be.classeur.privacy;

import java.time.LocalDateTime;

/** A document of a rights request as listed on its page: the content is downloadable while {@code kept}. */
public record RequestAttachmentRow(long id, long requestId, String originalName, String contentType, long sizeBytes,
                                   LocalDateTime uploadedAt, String uploadedBy, boolean kept, LocalDateTime deletedAt,
                                   String deletedBy) {
}
