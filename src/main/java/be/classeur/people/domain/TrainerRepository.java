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
}
