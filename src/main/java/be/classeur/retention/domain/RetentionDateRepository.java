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

    /** Past their limit on a day: kept until before it. */
    org.springframework.data.domain.Slice<RetentionDate> findByKeepUntilBefore(LocalDate day, org.springframework.data.domain.Pageable page);

    /** Nearing: kept until a day of the window (both ends included). */
    org.springframework.data.domain.Slice<RetentionDate> findByKeepUntilBetween(LocalDate from, LocalDate to,
                                                                               org.springframework.data.domain.Pageable page);

    java.util.List<RetentionDate> findByPersonKindAndPersonIdIn(PersonKind kind, java.util.Collection<Long> ids);

    java.util.List<RetentionDate> findByKeptByKindAndKeptByIdIn(PersonKind kind, java.util.Collection<Long> ids);
}
