package be.classeur.courses.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CourseGroupRepository extends JpaRepository<CourseGroup, Long>, JpaSpecificationExecutor<CourseGroup> {
    @Query("""
            select distinct g from CourseGroup g join fetch g.subject join fetch g.period
            left join fetch g.trainers left join fetch g.levels where g.id = :id""")
    Optional<CourseGroup> findForEdit(@Param("id") Long id);

    @Query("select count(g) > 0 from CourseGroup g join g.trainers t where g.id = :groupId and t.id = :trainerId")
    boolean isTaughtBy(@Param("groupId") Long groupId, @Param("trainerId") Long trainerId);

    @Query("""
            select distinct g from CourseGroup g join fetch g.subject join fetch g.period join g.trainers t
            where t.id = :trainerId and g.status <> be.classeur.courses.domain.GroupStatus.CLOSED
            order by g.name""")
    List<CourseGroup> findOpenTaughtBy(@Param("trainerId") Long trainerId);

    /** Every group a trainer teaches or taught, for the trainer's access export. */
    @Query("select g from CourseGroup g join fetch g.period p join g.trainers t where t.id = :trainerId order by p.startsOn desc, g.name")
    List<CourseGroup> findAllTaughtBy(@Param("trainerId") Long trainerId);

    /** How many of these trainers teach at least one group, not closed, with the given trainer (as for pupils: today's). */
    @Query("""
            select count(distinct colleague.id) from CourseGroup g join g.trainers t join g.trainers colleague
            where t.id = :trainerId and colleague.id in :trainerIds
              and g.status <> be.classeur.courses.domain.GroupStatus.CLOSED""")
    long countColleaguesOf(@Param("trainerId") Long trainerId, @Param("trainerIds") Collection<Long> trainerIds);

    /** The trainers of several groups, in one query: [groupId, trainerId]. */
    @Query("select g.id, t.id from CourseGroup g join g.trainers t where g.id in :groupIds")
    List<Object[]> findTrainerIdsOf(@Param("groupIds") Collection<Long> groupIds);
}
