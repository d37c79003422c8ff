package be.classeur.courses.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeriodRepository extends JpaRepository<Period, Long> {
    /** Periods are few (a handful per year); the newest first. */
    List<Period> findTop200ByOrderByStartsOnDesc();
}
