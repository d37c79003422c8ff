package be.classeur.privacy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestStatusChangeRepository extends JpaRepository<RequestStatusChange, Long> {
    List<RequestStatusChange> findByRequestIdOrderByChangedAtAscIdAsc(Long requestId);

    /** The histories of several requests at once, each in order. */
    List<RequestStatusChange> findByRequestIdInOrderByChangedAtAscIdAsc(Collection<Long> requestIds);
}
