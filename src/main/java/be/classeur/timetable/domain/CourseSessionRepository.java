package be.classeur.timetable.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Sessions and the clash queries. Every query is bounded by a date range and uses the (held_on, starts_at) index;
 * none scans all sessions. Overlap means one starts before the other ends: 10:00–11:00 and 11:00–12:00 do not clash.
 */
public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {
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
    List<CourseSession> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("groupId") @Nullable Long groupId,
                                    @Param("room") @Nullable String room, @Param("trainerId") @Nullable Long trainerId, @Param("pupilId") @Nullable Long pupilId);

    // ---- the calendars by room and by trainer -------------------------------------------------------------------

    /** The rooms sessions use between two days: the rows of the calendar by room, used or free. */
    @Query("select distinct s.room from CourseSession s where s.heldOn between :from and :to and s.room is not null")
    List<String> roomsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The trainers of the groups that meet between two days: the rows of the calendar by trainer, busy or free. */
    @Query("select distinct t.id from CourseSession s join s.group g join g.trainers t where s.heldOn between :from and :to")
    List<Long> trainersBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** The trainers of these groups: [group id, trainer id]. */
    @Query("select g.id, t.id from CourseGroup g join g.trainers t where g.id in :groupIds")
    List<Object[]> trainersOfGroups(@Param("groupIds") Collection<Long> groupIds);

    // ---- clashes over a range: one self-join per kind, each pair once (a is the earlier session) ------------------

    /** Pairs of sessions of different groups in the same room at overlapping times: [a, b]. */
    @Query("""
            select a, b from CourseSession a join fetch a.group ga join fetch ga.subject,
                             CourseSession b join fetch b.group gb join fetch gb.subject
            where a.heldOn between :from and :to and b.heldOn = a.heldOn
              and a.cancelled = false and b.cancelled = false and ga.id <> gb.id
              and a.room is not null and b.room = a.room
              and a.startsAt < b.endsAt and b.startsAt < a.endsAt
              and (a.startsAt < b.startsAt or (a.startsAt = b.startsAt and a.id < b.id))
            order by a.heldOn, a.startsAt, a.id, b.startsAt, b.id""")
    List<Object[]> roomClashesBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Pairs of sessions of different groups sharing a trainer at overlapping times: [a, b, trainer id]. */
    @Query("""
            select a, b, tb.id
            from CourseSession a join fetch a.group ga join fetch ga.subject join ga.trainers ta,
                 CourseSession b join fetch b.group gb join fetch gb.subject join gb.trainers tb
            where a.heldOn between :from and :to and b.heldOn = a.heldOn
              and a.cancelled = false and b.cancelled = false and ga.id <> gb.id and ta.id = tb.id
              and a.startsAt < b.endsAt and b.startsAt < a.endsAt
              and (a.startsAt < b.startsAt or (a.startsAt = b.startsAt and a.id < b.id))
            order by a.heldOn, a.startsAt, a.id, b.startsAt, b.id""")
    List<Object[]> trainerClashesBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Pairs of sessions of different groups that one pupil attends (active enrolments that day): [a, b, pupil id]. */
    @Query("""
            select a, b, p.id
            from CourseSession a join fetch a.group ga join fetch ga.subject,
                 CourseSession b join fetch b.group gb join fetch gb.subject,
                 Enrolment ea join ea.pupil p, Enrolment eb
            where a.heldOn between :from and :to and b.heldOn = a.heldOn
              and a.cancelled = false and b.cancelled = false and ga.id <> gb.id
              and a.startsAt < b.endsAt and b.startsAt < a.endsAt
              and (a.startsAt < b.startsAt or (a.startsAt = b.startsAt and a.id < b.id))
              and ea.group = ga and ea.startsOn <= a.heldOn and (ea.endsOn is null or ea.endsOn >= a.heldOn)
              and eb.group = gb and eb.pupil = ea.pupil and eb.startsOn <= a.heldOn and (eb.endsOn is null or eb.endsOn >= a.heldOn)
            order by a.heldOn, a.startsAt, a.id, b.startsAt, b.id""")
    List<Object[]> pupilClashesBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    // ---- clashes of one time on some days (a slot before saving, a moved session) -----------------------------------

    /** Other groups' sessions in the same room overlapping a time on one of these days. */
    @Query("""
            select s from CourseSession s join fetch s.group g join fetch g.subject
            where s.heldOn in :days and s.room = :room and s.cancelled = false
              and s.startsAt < :end and s.endsAt > :start and g.id <> :groupId
            order by s.heldOn, s.startsAt, s.id""")
    List<CourseSession> roomOverlaps(@Param("days") Collection<LocalDate> days, @Param("start") LocalTime start,
                                     @Param("end") LocalTime end, @Param("room") String room, @Param("groupId") Long groupId);

    /** Other groups' sessions taught by one of these trainers overlapping a time on one of these days: [session, trainer id]. */
    @Query("""
            select s, t.id from CourseSession s join fetch s.group g join fetch g.subject join g.trainers t
            where s.heldOn in :days and s.cancelled = false and s.startsAt < :end and s.endsAt > :start
              and g.id <> :groupId and t.id in :trainerIds
            order by s.heldOn, s.startsAt, s.id""")
    List<Object[]> trainerOverlaps(@Param("days") Collection<LocalDate> days, @Param("start") LocalTime start,
                                   @Param("end") LocalTime end, @Param("trainerIds") Collection<Long> trainerIds,
                                   @Param("groupId") Long groupId);

    /** Other groups' sessions that a pupil of this group also attends, overlapping a time on one of these days: [session, pupil id]. */
    @Query("""
            select s, p.id
            from CourseSession s join fetch s.group g join fetch g.subject, Enrolment other join other.pupil p, Enrolment mine
            where s.heldOn in :days and s.cancelled = false and s.startsAt < :end and s.endsAt > :start and g.id <> :groupId
              and other.group = g and other.startsOn <= s.heldOn and (other.endsOn is null or other.endsOn >= s.heldOn)
              and mine.group.id = :groupId and mine.pupil = other.pupil
              and mine.startsOn <= s.heldOn and (mine.endsOn is null or mine.endsOn >= s.heldOn)
            order by s.heldOn, s.startsAt, s.id""")
    List<Object[]> pupilOverlaps(@Param("days") Collection<LocalDate> days, @Param("start") LocalTime start,
                                 @Param("end") LocalTime end, @Param("groupId") Long groupId);

    // ---- clash warnings before a change to a group: the group's sessions joined against the others -----------------

    /**
     * Other groups' sessions that a pupil attends, overlapping one of this group's sessions (before the pupil joins):
     * [group name, day, start, end].
     */
    @Query("""
            select g.name, s.heldOn, s.startsAt, s.endsAt
            from CourseSession mine, CourseSession s join s.group g, Enrolment e
            where mine.group.id = :groupId and mine.heldOn between :from and :to and mine.cancelled = false
              and s.heldOn = mine.heldOn and s.cancelled = false and s.startsAt < mine.endsAt and s.endsAt > mine.startsAt
              and g.id <> :groupId
              and e.group = g and e.pupil.id = :pupilId and e.startsOn <= s.heldOn and (e.endsOn is null or e.endsOn >= s.heldOn)
            order by mine.heldOn, mine.startsAt, mine.id, s.startsAt, s.id""")
    List<Object[]> pupilOverlapsWithGroup(@Param("groupId") Long groupId, @Param("pupilId") Long pupilId,
                                          @Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * Other groups' sessions taught by one of these trainers, overlapping one of this group's sessions:
     * [trainer id, group name, day, start, end].
     */
    @Query("""
            select t.id, g.name, s.heldOn, s.startsAt, s.endsAt
            from CourseSession mine, CourseSession s join s.group g join g.trainers t
            where mine.group.id = :groupId and mine.heldOn between :from and :to and mine.cancelled = false
              and s.heldOn = mine.heldOn and s.cancelled = false and s.startsAt < mine.endsAt and s.endsAt > mine.startsAt
              and g.id <> :groupId and t.id in :trainerIds
            order by mine.heldOn, mine.startsAt, mine.id, s.startsAt, s.id""")
    List<Object[]> trainerOverlapsWithGroup(@Param("groupId") Long groupId, @Param("trainerIds") Collection<Long> trainerIds,
                                            @Param("from") LocalDate from, @Param("to") LocalDate to);

    // ---- bulk writes -------------------------------------------------------------------------------------------

    /** The dates a slot produced its remaining sessions on (moved ones count at their planned date). */
    @Query("select coalesce(s.plannedOn, s.heldOn) from CourseSession s where s.slot.id = :slotId")
    List<LocalDate> plannedDatesOfSlot(@Param("slotId") Long slotId);

    /** Deletes the slot's sessions nobody edited by hand, from a day on (all of them when null). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from CourseSession s where s.slot.id = :slotId and s.editedByHand = false
              and (:from is null or s.heldOn >= :from)""")
    int deleteUneditedOfSlot(@Param("slotId") Long slotId, @Param("from") @Nullable LocalDate from);

    /** Keeps the slot's past and hand-edited sessions as one-off sessions (before the slot is deleted). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CourseSession s set s.slot = null where s.slot.id = :slotId and (s.heldOn < :today or s.editedByHand = true)")
    int detachKeptFromSlot(@Param("slotId") Long slotId, @Param("today") LocalDate today);
}
