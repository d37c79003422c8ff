package be.classeur.accounts;

import be.classeur.kernel.PersonKind;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecipientNoticeRepository extends JpaRepository<RecipientNotice, Long> {
    List<RecipientNotice> findByAccountIdAndReadAtIsNullOrderByCreatedAtAscIdAsc(Long accountId);

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
