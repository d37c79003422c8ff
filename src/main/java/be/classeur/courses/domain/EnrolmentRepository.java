package be.classeur.courses.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {
    @Query("""
            select count(e) from Enrolment e where e.group.id = :groupId
            and e.startsOn <= :day and (e.endsOn is null or e.endsOn >= :day)""")
    long countActive(@Param("groupId") Long groupId, @Param("day") LocalDate day);

    /** Active enrolment counts of several groups on one day, in one query: [groupId, count]. */
    @Query("""
            select e.group.id, count(e) from Enrolment e where e.group.id in :groupIds
            and e.startsOn <= :day and (e.endsOn is null or e.endsOn >= :day) group by e.group.id""")
    List<Object[]> countActiveByGroup(@Param("groupIds") Collection<Long> groupIds, @Param("day") LocalDate day);

    /** By start date: people's fields are not read here; the caller orders by the names people's lookup gives. */
    @Query("select e from Enrolment e where e.group.id = :groupId order by e.startsOn, e.id")
    List<Enrolment> findByGroup(@Param("groupId") Long groupId);

    /** The pupils enrolled in the group on that day. */
    @Query("""
            select distinct e.pupil.id from Enrolment e where e.group.id = :groupId
            and e.startsOn <= :day and (e.endsOn is null or e.endsOn >= :day)""")
    List<Long> findPupilsActiveIn(@Param("groupId") Long groupId, @Param("day") LocalDate day);

    @Query("select e from Enrolment e join fetch e.group g join fetch g.period where e.pupil.id = :pupilId order by e.startsOn desc")
    List<Enrolment> findByPupilWithGroup(@Param("pupilId") Long pupilId);

    @Query("""
            select count(e) > 0 from Enrolment e where e.group.id = :groupId and e.pupil.id = :pupilId
            and (e.endsOn is null or e.endsOn >= :from) and (:to is null or e.startsOn <= :to)""")
    boolean overlapsExisting(@Param("groupId") Long groupId, @Param("pupilId") Long pupilId,
                             @Param("from") LocalDate from, @Param("to") @Nullable LocalDate to);

    /** How many of these pupils are enrolled on that day in a group the trainer teaches. */
    @Query("""
            select count(distinct e.pupil.id) from Enrolment e join e.group g join g.trainers t
            where t.id = :trainerId and e.pupil.id in :pupilIds
            and e.startsOn <= :day and (e.endsOn is null or e.endsOn >= :day)""")
    long countPupilsTaughtBy(@Param("trainerId") Long trainerId, @Param("pupilIds") Collection<Long> pupilIds,
                             @Param("day") LocalDate day);

    /**
     * Who teaches or taught these pupils, in one query: [pupilId, groupId, groupName, trainerId], one row per
     * pupil, group and trainer, whenever the enrolment was.
     */
    @Query("""
            select distinct e.pupil.id, g.id, g.name, t.id from Enrolment e join e.group g join g.trainers t
            where e.pupil.id in :pupilIds order by e.pupil.id, g.id, t.id""")
    List<Object[]> findTrainersOfPupils(@Param("pupilIds") Collection<Long> pupilIds);
}
