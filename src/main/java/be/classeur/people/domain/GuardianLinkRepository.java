package be.classeur.people.domain;

import java.util.Collection;
import java.util.List;
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
}
