package be.classeur.audit;

import be.classeur.kernel.PersonKind;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    List<AuditEntry> findBySubjectKindAndSubjectIdOrderByOccurredAtDesc(PersonKind kind, Long id, Pageable page);
}
