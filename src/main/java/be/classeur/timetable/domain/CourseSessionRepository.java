package be.classeur.timetable.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sessions and the clash queries. Every query is bounded by a date range and uses the (held_on, starts_at) index;
 * none scans all sessions. Overlap means one starts before the other ends: 10:00–11:00 and 11:00–12:00 do not clash.
 */
public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {
    List<CourseSession> findBySlotId(Long slotId);

    @Query("select s from CourseSession s where s.group.id = :groupId and s.heldOn between :from and :to order by s.heldOn, s.startsAt")
    List<CourseSession> findByGroupBetween(@Param("groupId") Long groupId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("""
            select s from CourseSession s join fetch s.group g join fetch g.subject
            where s.heldOn between :from and :to
              and (:groupId is null or g.id = :groupId)
              and (:room is null or s.room = :room)
              and (:trainerId is null or exists (select 1 from CourseGroup tg join tg.trainers t where tg = g and t.id = :trainerId))
              and (:pupilId is null or exists (select 1 from Enrolment e where e.group = g and e.pupil.id = :pupilId
                   and e.startsOn <= s.heldOn and (e.endsOn is null or e.endsOn >= s.heldOn)))
            order by s.heldOn, s.startsAt""")
    List<CourseSession> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("groupId") Long groupId,
                                    @Param("room") String room, @Param("trainerId") Long trainerId, @Param("pupilId") Long pupilId);

    @Query("""
            select s from CourseSession s join fetch s.group g join fetch g.subject
            where s.heldOn between :from and :to and g.id in :groupIds order by s.heldOn, s.startsAt""")
    List<CourseSession> findOfGroupsBetween(@Param("groupIds") Collection<Long> groupIds, @Param("from") LocalDate from,
                                            @Param("to") LocalDate to);

    /** Other groups' sessions in the same room overlapping a time on a day. */
    @Query("""
            select s from CourseSession s join fetch s.group where s.heldOn = :day and s.room = :room and s.cancelled = false
              and s.startsAt < :end and s.endsAt > :start and s.group.id <> :groupId""")
    List<CourseSession> roomOverlaps(@Param("day") LocalDate day, @Param("start") LocalTime start, @Param("end") LocalTime end,
                                     @Param("room") String room, @Param("groupId") Long groupId);

    /** Other groups' sessions taught by one of these trainers overlapping a time on a day: [session, trainer name parts]. */
    @Query("""
            select s, t.firstName, t.lastName from CourseSession s join s.group g join g.trainers t
            where s.heldOn = :day and s.cancelled = false and s.startsAt < :end and s.endsAt > :start
              and g.id <> :groupId and t.id in :trainerIds""")
    List<Object[]> trainerOverlaps(@Param("day") LocalDate day, @Param("start") LocalTime start, @Param("end") LocalTime end,
                                   @Param("trainerIds") Collection<Long> trainerIds, @Param("groupId") Long groupId);

    /** Other groups' sessions that a pupil of this group also attends, overlapping a time on a day: [session, pupil name parts]. */
    @Query("""
            select s, p.firstName, p.lastName from CourseSession s, Enrolment other join other.pupil p, Enrolment mine
            where s.heldOn = :day and s.cancelled = false and s.startsAt < :end and s.endsAt > :start and s.group.id <> :groupId
              and other.group = s.group and other.startsOn <= :day and (other.endsOn is null or other.endsOn >= :day)
              and mine.group.id = :groupId and mine.pupil = other.pupil
              and mine.startsOn <= :day and (mine.endsOn is null or mine.endsOn >= :day)""")
    List<Object[]> pupilOverlaps(@Param("day") LocalDate day, @Param("start") LocalTime start, @Param("end") LocalTime end,
                                 @Param("groupId") Long groupId);

    /** Other groups' sessions of one pupil overlapping a time on a day (before that pupil joins a group). */
    @Query("""
            select s from CourseSession s, Enrolment e join fetch s.group
            where s.heldOn = :day and s.cancelled = false and s.startsAt < :end and s.endsAt > :start and s.group.id <> :groupId
              and e.group = s.group and e.pupil.id = :pupilId and e.startsOn <= :day and (e.endsOn is null or e.endsOn >= :day)""")
    List<CourseSession> sessionsOfPupilOverlapping(@Param("day") LocalDate day, @Param("start") LocalTime start,
                                                   @Param("end") LocalTime end, @Param("pupilId") Long pupilId,
                                                   @Param("groupId") Long groupId);
}
