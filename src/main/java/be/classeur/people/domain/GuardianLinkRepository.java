package be.classeur.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GuardianLinkRepository extends JpaRepository<GuardianLink, Long> {
    @Query("select l from GuardianLink l join fetch l.guardian where l.pupil.id = :pupilId order by l.guardian.lastName, l.guardian.firstName")
    List<GuardianLink> findByPupilWithGuardian(@Param("pupilId") Long pupilId);

    @Query("select l from GuardianLink l join fetch l.pupil where l.guardian.id = :guardianId order by l.pupil.lastName, l.pupil.firstName")
    List<GuardianLink> findByGuardianWithPupil(@Param("guardianId") Long guardianId);

    @Query("select count(l) from GuardianLink l where l.pupil.id = :pupilId")
    long countByPupil(@Param("pupilId") Long pupilId);
}
