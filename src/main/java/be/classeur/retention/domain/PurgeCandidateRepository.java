package be.classeur.retention.domain;

import be.classeur.kernel.PersonKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PurgeCandidateRepository extends JpaRepository<PurgeCandidate, Long>, JpaSpecificationExecutor<PurgeCandidate> {

    Optional<PurgeCandidate> findByPersonKindAndPersonId(PersonKind kind, long personId);

    List<PurgeCandidate> findByPersonKindAndPersonIdIn(PersonKind kind, Collection<Long> personIds);

    List<PurgeCandidate> findByPersonKindAndPersonId(PersonKind kind, long personId, Pageable page);

    /** One batch of the chosen candidates, by id, in id order (the purge reads the list page by page). */
    @Query("select c from PurgeCandidate c where c.id in :ids and c.id > :after order by c.id")
    List<PurgeCandidate> findBatch(@Param("ids") Collection<Long> ids, @Param("after") long after, Pageable page);

    /** The ids of the candidates in one of these statuses, in id order, one page after {@code after}. */
    @Query("select c.id from PurgeCandidate c where c.status in :statuses and c.id > :after order by c.id")
    List<Long> findIdsByStatus(@Param("statuses") Collection<PurgeStatus> statuses, @Param("after") long after, Pageable page);

    long countByStatus(PurgeStatus status);

    /**
     * Open rows whose person is no longer within the window (a new contact, a later family limit, a date deleted): they
     * leave the list.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from PurgeCandidate c where c.status in :statuses and not exists (
              select d.id from RetentionDate d
              where d.personKind = c.personKind and d.personId = c.personId and d.keepUntil < :horizon)""")
    int deleteNoLongerDue(@Param("statuses") Collection<PurgeStatus> statuses, @Param("horizon") LocalDate horizon);

    void deleteByPersonKindAndPersonIdAndStatusNot(PersonKind kind, long personId, PurgeStatus kept);
}
