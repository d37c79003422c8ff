package be.classeur.people.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainerRepository extends JpaRepository<Trainer, Long>, JpaSpecificationExecutor<Trainer> {
    @Query("select t from Trainer t left join fetch t.subjects where t.id = :id")
    Optional<Trainer> findForEdit(@Param("id") Long id);

    /** Active trainers by name, for pickers; there are a few dozen, bounded all the same. */
    List<Trainer> findTop500ByArchivedFalseOrderByLastNameAscFirstNameAsc();

    /** [id, last contact date, created at, anonymised at] of these people: what their retention date is computed from. */
    @Query("select p.id, p.lastContactDate, p.createdAt, p.anonymisedAt from Trainer p where p.id in :ids")
    java.util.List<Object[]> contactFacts(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /** The next ids after {@code afterId}, in id order, for work in batches over everyone. */
    @Query("select p.id from Trainer p where p.id > :afterId order by p.id")
    java.util.List<Long> idsAfter(@org.springframework.data.repository.query.Param("afterId") long afterId,
                                  org.springframework.data.domain.Pageable page);
}
