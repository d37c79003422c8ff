package be.classeur.privacy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestStatusChangeRepository extends JpaRepository<RequestStatusChange, Long> {
    List<RequestStatusChange> findByRequestIdOrderByChangedAtAscIdAsc(Long requestId);
}
