package be.classeur.privacy.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, Long> {
    List<RequestAttachment> findByRequestIdOrderByUploadedAtAscIdAsc(Long requestId);

    List<RequestAttachment> findByRequestIdInOrderByUploadedAtAscIdAsc(Collection<Long> requestIds);
}
