package be.classeur.consent.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SuppressedContactRepository extends JpaRepository<SuppressedContact, Long> {
    boolean existsByHashAndKind(String hash, ContactPointKind kind);

    List<SuppressedContact> findByHashIn(Collection<String> hashes);
}
