package be.classeur.people.domain;

import be.classeur.kernel.PersonKind;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactEventRepository extends JpaRepository<ContactEvent, Long> {
    List<ContactEvent> findByPersonKindAndPersonIdOrderByOccurredOnDescIdDesc(PersonKind kind, Long personId);

    Slice<ContactEvent> findByPersonKindAndPersonId(PersonKind kind, Long personId, Pageable pageable);
}
