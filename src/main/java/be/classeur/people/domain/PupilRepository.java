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

    /** [id, last contact date, created at, anonymised at] of these people: what their retention date is computed from. */
    @Query("select p.id, p.lastContactDate, p.createdAt, p.anonymisedAt from Pupil p where p.id in :ids")
    java.util.List<Object[]> contactFacts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /** The next ids after {@code afterId}, in id order, for work in batches over everyone. */
    @Query("select p.id from Pupil p where p.id > :afterId order by p.id")
    java.util.List<Long> idsAfter(@org.springframework.data.repository.query.Param("afterId") long afterId,
                                  org.springframework.data.domain.Pageable page);
}
