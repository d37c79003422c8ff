package be.classeur.people.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubjectRepository extends JpaRepository<Subject, Long> {
    List<Subject> findByActiveTrueOrderByName();

    Slice<Subject> findByNameContainingIgnoreCase(String text, Pageable pageable);

    java.util.Optional<Subject> findByNameIgnoreCase(String name);
}
