package be.classeur.retention.domain;

import be.classeur.kernel.PersonKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface RetentionDateRepository extends JpaRepository<RetentionDate, Long>, JpaSpecificationExecutor<RetentionDate> {

    Optional<RetentionDate> findByPersonKindAndPersonId(PersonKind kind, long personId);

    long countByKeepUntilBefore(LocalDate day);

    long countByKeepUntilBetween(LocalDate from, LocalDate to);

    void deleteByPersonKindAndPersonId(PersonKind kind, long personId);

    List<RetentionDate> findByPersonKindAndPersonIdIn(PersonKind kind, Collection<Long> personIds);
}
