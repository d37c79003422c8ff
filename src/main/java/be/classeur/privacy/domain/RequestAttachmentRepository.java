package be.classeur.privacy.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, Long> {
    List<RequestAttachment> findByRequestIdOrderByUploadedAtAscIdAsc(Long requestId);

    List<RequestAttachment> findByRequestIdInOrderByUploadedAtAscIdAsc(Collection<Long> requestIds);

    List<RequestAttachment> findByRequestIdAndIdentityDocumentTrueAndFileNameIsNotNull(Long requestId);

    /** Identity documents still kept that were received before the cutoff: past the age limit. */
    List<RequestAttachment> findByIdentityDocumentTrueAndFileNameIsNotNullAndUploadedAtBeforeOrderByRequestIdAscIdAsc(
            Instant cutoff);

    @Query("select distinct a.requestId from RequestAttachment a where a.deletionCause = :cause and a.deletedAt >= :since")
    List<Long> findRequestIdsDeleted(@Param("cause") CopyDeletion cause, @Param("since") Instant since);

    long countByIdentityDocumentTrueAndFileNameIsNotNull();

    @Query("select min(a.uploadedAt) from RequestAttachment a where a.identityDocument = true and a.fileName is not null")
    // Null when none is kept (min over no row): without it the null-checking repository throws.
    @org.jspecify.annotations.Nullable
    Instant oldestKeptIdentityDocumentUploadedAt();
}
