package be.classeur.consent.domain;

import be.classeur.kernel.PersonKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The ledger: records are added and (on erasure) deleted, never updated. "Current" records are those no later record
 * of the same giver supersedes, for the same person and purpose.
 */
public interface ConsentRecordRepository extends Repository<ConsentRecord, Long> {
    String NOT_SUPERSEDED = " not exists (select n from ConsentRecord n where n.personKind = r.personKind"
            + " and n.personId = r.personId and n.purpose = r.purpose and coalesce(n.guardianId, 0) = coalesce(r.guardianId, 0)"
            + " and n.id > r.id) ";

    ConsentRecord save(ConsentRecord record);

    List<ConsentRecord> findByPersonKindAndPersonIdOrderByIdDesc(PersonKind kind, long personId);

    Slice<ConsentRecord> findByPersonKindAndPersonId(PersonKind kind, long personId, Pageable pageable);

    /** The records this guardian made for pupils (their own choices, for their export). */
    List<ConsentRecord> findByGuardianIdOrderByIdDesc(long guardianId);

    @Query("select r from ConsentRecord r where r.personKind = :kind and r.personId = :id and" + NOT_SUPERSEDED
            + "order by r.purpose, r.id")
    List<ConsentRecord> current(@Param("kind") PersonKind kind, @Param("id") long personId);

    /** The people of one kind whose current choice for the purpose, by at least one giver, has one of these statuses. */
    @Query("select distinct r.personId from ConsentRecord r where r.personKind = :kind and r.purpose = :purpose"
            + " and r.status in :statuses and" + NOT_SUPERSEDED)
    List<Long> peopleWithCurrent(@Param("kind") PersonKind kind, @Param("purpose") String purpose,
                                 @Param("statuses") Collection<ConsentStatus> statuses);

    /** The people of one kind whose current choice for the purpose, by at least one giver, has this status; paged. */
    @Query(value = "select distinct r.personKind, r.personId from ConsentRecord r where r.purpose = :purpose"
            + " and r.status = :status and" + NOT_SUPERSEDED + "order by r.personKind, r.personId")
    Slice<Object[]> peopleWithCurrentStatus(@Param("purpose") String purpose, @Param("status") ConsentStatus status,
                                            Pageable pageable);

    /** Per purpose and status, how many people have a current choice with that status (by at least one giver). */
    @Query("select r.purpose, r.status, count(distinct concat(r.personKind, '-', r.personId)) from ConsentRecord r where"
            + NOT_SUPERSEDED + "group by r.purpose, r.status")
    List<Object[]> countsByPurposeAndStatus();

    long deleteByPersonKindAndPersonId(PersonKind kind, long personId);

    long countByPersonKindAndPersonId(PersonKind kind, long personId);
}
