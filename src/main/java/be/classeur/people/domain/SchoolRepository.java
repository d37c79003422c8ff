package be.classeur.people.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<School, Long> {
    Slice<School> findByActiveTrueAndNameContainingIgnoreCase(String text, Pageable pageable);

    Slice<School> findByNameContainingIgnoreCase(String text, Pageable pageable);
}
