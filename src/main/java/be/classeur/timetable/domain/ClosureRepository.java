package be.classeur.timetable.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClosureRepository extends JpaRepository<Closure, Long> {
    @Query("select c from Closure c where c.startsOn <= :to and c.endsOn >= :from order by c.startsOn")
    List<Closure> findOverlapping(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
