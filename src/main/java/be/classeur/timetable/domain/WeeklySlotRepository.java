package be.classeur.timetable.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WeeklySlotRepository extends JpaRepository<WeeklySlot, Long> {
    @Query("select s from WeeklySlot s where s.group.id = :groupId order by s.dayOfWeek, s.startsAt")
    List<WeeklySlot> findByGroup(@Param("groupId") Long groupId);

    @Query("select s from WeeklySlot s join fetch s.group g join fetch g.period where s.validFrom <= :to and s.validTo >= :from")
    List<WeeklySlot> findValidBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
