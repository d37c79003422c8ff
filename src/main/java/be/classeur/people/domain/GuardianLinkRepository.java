package be.classeur.people.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GuardianLinkRepository extends JpaRepository<GuardianLink, Long> {
    @Query("select l from GuardianLink l join fetch l.guardian where l.pupil.id = :pupilId order by l.position, l.id")
    List<GuardianLink> findByPupilWithGuardian(@Param("pupilId") Long pupilId);

    @Query("select l from GuardianLink l join fetch l.pupil where l.guardian.id = :guardianId order by l.pupil.lastName, l.pupil.firstName")
    List<GuardianLink> findByGuardianWithPupil(@Param("guardianId") Long guardianId);

    /**
     * The guardians who may be contacted about these pupils (not archived, hence not erased, and not restricted), in
     * each pupil's contact order: one query for a whole roster.
     */
    @Query("""
            select l from GuardianLink l join fetch l.guardian g where l.pupil.id in :pupilIds
            and g.archived = false and g.restricted = false order by l.pupil.id, l.position, l.id""")
    List<GuardianLink> findContactableByPupils(@Param("pupilIds") Collection<Long> pupilIds);

    @Query("select coalesce(max(l.position), -1) from GuardianLink l where l.pupil.id = :pupilId")
    int lastPositionOf(@Param("pupilId") Long pupilId);

    @Query("select count(l) from GuardianLink l where l.pupil.id = :pupilId")
    long countByPupil(@Param("pupilId") Long pupilId);

    /** The pupil's links that make a guardian their representative (parent or legal guardian), other guardians than one. */
    @Query("select count(l) from GuardianLink l where l.pupil.id = :pupilId and l.relationship in :representatives"
            + " and l.guardian.id <> :exceptGuardianId")
    long countRepresentatives(@Param("pupilId") Long pupilId, @Param("representatives") Collection<Relationship> representatives,
                              @Param("exceptGuardianId") Long exceptGuardianId);

    /** Links flagged by the migration and still "other contact": for an administrator to review, page by page. */
    @Query(value = "select l from GuardianLink l join fetch l.pupil join fetch l.guardian where l.needsReview = true"
            + " and l.relationship = be.classeur.people.domain.Relationship.OTHER_CONTACT order by l.pupil.lastName, l.pupil.firstName, l.id")
    Slice<GuardianLink> findToReview(Pageable pageable);

    @Query("select count(l) from GuardianLink l where l.needsReview = true"
            + " and l.relationship = be.classeur.people.domain.Relationship.OTHER_CONTACT")
    long countToReview();

    @Query("select distinct l.pupil.id from GuardianLink l where l.pupil.id in :pupilIds and l.relationship in :representatives")
    List<Long> pupilsWithRepresentative(@Param("pupilIds") Collection<Long> pupilIds,
                                        @Param("representatives") Collection<Relationship> representatives);

    /** [pupil id, guardian id] of the links of these pupils with one of the relationships, for family lookups in batches. */
    @Query("select l.pupil.id, l.guardian.id from GuardianLink l where l.pupil.id in :pupilIds and l.relationship in :relationships")
    List<Object[]> pairsByPupils(@Param("pupilIds") Collection<Long> pupilIds,
                                 @Param("relationships") Collection<Relationship> relationships);

    /** [pupil id, guardian id] of the links of these guardians with one of the relationships. */
    @Query("select l.pupil.id, l.guardian.id from GuardianLink l where l.guardian.id in :guardianIds and l.relationship in :relationships")
    List<Object[]> pairsByGuardians(@Param("guardianIds") Collection<Long> guardianIds,
                                    @Param("relationships") Collection<Relationship> relationships);
}
