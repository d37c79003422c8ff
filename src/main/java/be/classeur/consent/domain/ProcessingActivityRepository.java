package be.classeur.consent.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Read-only: the register is seeded by Liquibase; a later issue makes it editable. */
public interface ProcessingActivityRepository extends Repository<ProcessingActivity, Long> {
    List<ProcessingActivity> findAllByOrderByDisplayOrderAscIdAsc();

    Optional<ProcessingActivity> findByCode(String code);
}
