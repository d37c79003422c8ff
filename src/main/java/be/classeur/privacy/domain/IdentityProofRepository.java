package be.classeur.privacy.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdentityProofRepository extends JpaRepository<IdentityProof, Long> {
    List<IdentityProof> findByRequestIdOrderByUploadedAtAscIdAsc(Long requestId);

    List<IdentityProof> findByRequestIdAndFileNameIsNotNull(Long requestId);

    /** Copies still kept that were received before the cutoff: past the age limit. */
    List<IdentityProof> findByFileNameIsNotNullAndUploadedAtBeforeOrderByRequestIdAscIdAsc(Instant cutoff);

    @Query("select distinct p.requestId from IdentityProof p where p.deletionCause = :cause and p.fileDeletedAt >= :since")
    List<Long> findRequestIdsDeleted(@Param("cause") CopyDeletion cause, @Param("since") Instant since);

    long countByFileNameIsNotNull();

    @Query("select min(p.uploadedAt) from IdentityProof p where p.fileName is not null")
    // Null when none is kept (min over no row): without it the null-checking repository throws.
    @org.jspecify.annotations.Nullable
    Instant oldestKeptUploadedAt();
}
