package be.classeur.retention.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRuleRepository extends JpaRepository<RetentionRule, Long> {
    Optional<RetentionRule> findByCategory(RetentionCategory category);

    List<RetentionRule> findAllByOrderByDisplayOrderAsc();
}
