package be.classeur.audit;

import be.classeur.kernel.PersonKind;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<AuditEntry> {
    /** The actions the log holds, for the view's action filter (a few dozen codes; the index on action is not needed). */
    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> findDistinctActions();

    List<AuditEntry> findBySubjectKindAndSubjectIdOrderByOccurredAtDesc(PersonKind kind, Long id, Pageable page);

    List<AuditEntry> findBySubjectKindAndSubjectIdOrderByOccurredAtAscIdAsc(PersonKind kind, Long id);

    /**
     * Erasure: the free-text detail of the lines about a subject goes, the line (when, who, what) stays. Native SQL
     * because the entity is immutable to Hibernate; this is the only update the audit log ever receives.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update audit_event set detail = null where subject_kind = :kind and subject_id = :id and detail is not null",
            nativeQuery = true)
    int clearDetailsAbout(@Param("kind") String kind, @Param("id") Long id);

    long countByOccurredAtBefore(java.time.Instant cutoff);

    /** The ids of the oldest lines before the cutoff, one batch (retention). */
    @Query("select e.id from AuditEntry e where e.occurredAt < :cutoff order by e.id")
    List<Long> findIdsBefore(@Param("cutoff") java.time.Instant cutoff, Pageable page);

    /** Retention: the lines past the audit trail's retention period go, by id (native: the entity is immutable). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from audit_event where id in (:ids)", nativeQuery = true)
    int deleteByIds(@Param("ids") java.util.Collection<Long> ids);

    long countByActionInAndOccurredAtGreaterThanEqual(java.util.Collection<String> actions, java.time.Instant since);

    @Query("select max(e.id) from AuditEntry e")
    @org.jspecify.annotations.Nullable Long lastId();
}
