package be.classeur.consent.domain;

import be.classeur.kernel.PersonKind;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecognisedPersonRepository extends JpaRepository<RecognisedPerson, Long> {
    Optional<RecognisedPerson> findByPersonKindAndPersonId(PersonKind personKind, long personId);

    @Query("select r.personId from RecognisedPerson r where r.personKind = :kind")
    Set<Long> personIds(PersonKind kind);
}
