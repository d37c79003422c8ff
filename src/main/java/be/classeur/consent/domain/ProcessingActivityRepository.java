package be.classeur.consent.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The register is seeded by Liquibase; the privacy officer edits its purposes (no row is added or deleted here). */
public interface ProcessingActivityRepository extends Repository<ProcessingActivity, Long> {
    List<ProcessingActivity> findAllByOrderByDisplayOrderAscIdAsc();

    Optional<ProcessingActivity> findByCode(String code);

    ProcessingActivity saveAndFlush(ProcessingActivity activity);
}
