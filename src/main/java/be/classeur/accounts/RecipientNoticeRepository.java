package be.classeur.accounts;

import be.classeur.kernel.PersonKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecipientNoticeRepository extends JpaRepository<RecipientNotice, Long> {
    /** A trainer's unread art. 19 notices (general notices have no change), for the dialog after sign-in. */
    List<RecipientNotice> findByAccountIdAndChangeIsNotNullAndReadAtIsNullOrderByCreatedAtAscIdAsc(Long accountId);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    List<RecipientNotice> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable page);

    /** Marks one notice read only when it is {@code accountId}'s: the account check is in the statement itself. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecipientNotice n set n.readAt = :now where n.id = :id and n.accountId = :accountId and n.readAt is null")
    int markRead(@Param("id") Long id, @Param("accountId") Long accountId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RecipientNotice n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
    int markAllRead(@Param("accountId") Long accountId, @Param("now") Instant now);

    boolean existsByIdAndAccountId(Long id, Long accountId);

    /** The notices that concern a person: as the one whose data changed, or as the pupil named. */
    default List<RecipientNotice> findConcerning(PersonKind kind, Long id) {
        return findConcerning(kind, id, kind == PersonKind.PUPIL ? id : -1L);
    }

    @Query("""
            select n from RecipientNotice n where (n.subjectKind = :kind and n.subjectId = :id) or n.pupilId = :pupilId
            order by n.createdAt, n.id""")
    List<RecipientNotice> findConcerning(@Param("kind") PersonKind kind, @Param("id") Long id, @Param("pupilId") Long pupilId);

    @Modifying(flushAutomatically = true)
    @Query("update RecipientNotice n set n.pupilName = null where n.pupilId = :pupilId")
    int forgetPupilName(@Param("pupilId") Long pupilId);

    @Modifying(flushAutomatically = true)
    @Query("delete from RecipientNotice n where n.accountId in :accountIds")
    int deleteForAccounts(@Param("accountIds") Collection<Long> accountIds);
}
