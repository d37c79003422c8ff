package be.classeur.privacy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdentityProofRepository extends JpaRepository<IdentityProof, Long> {
    List<IdentityProof> findByRequestIdOrderByUploadedAtAscIdAsc(Long requestId);

    List<IdentityProof> findByRequestIdAndFileNameIsNotNull(Long requestId);
}
