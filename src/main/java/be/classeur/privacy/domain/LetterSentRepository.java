package be.classeur.privacy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LetterSentRepository extends JpaRepository<LetterSent, Long> {
    List<LetterSent> findByRequestIdOrderBySentOnAscIdAsc(Long requestId);
}
