package be.classeur.retention.domain;

import be.classeur.kernel.PersonKind;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LegalHoldRepository extends JpaRepository<LegalHold, Long>, JpaSpecificationExecutor<LegalHold> {
    /** A person's holds, newest first (history included). */
    List<LegalHold> findByPersonKindAndPersonIdOrderByPlacedAtDescIdDesc(PersonKind kind, long personId);

    List<LegalHold> findByPersonKindAndPersonIdAndLiftedAtIsNull(PersonKind kind, long personId);

    void deleteByPersonKindAndPersonId(PersonKind kind, long personId);
}
