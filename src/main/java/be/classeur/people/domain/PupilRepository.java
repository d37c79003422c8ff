package be.classeur.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PupilRepository extends JpaRepository<Pupil, Long>, JpaSpecificationExecutor<Pupil> {
    @Query("select p from Pupil p left join fetch p.school left join fetch p.subjects where p.id = :id")
    Optional<Pupil> findForEdit(@Param("id") Long id);

    /** Several pupils with their subjects, in one query, for the cards other modules show. */
    @Query("select distinct p from Pupil p left join fetch p.subjects where p.id in :ids")
    List<Pupil> findWithSubjects(@Param("ids") Collection<Long> ids);
}
