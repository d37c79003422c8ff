package be.classeur.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GridColumnChoiceRepository extends JpaRepository<GridColumnChoice, Long> {
    Optional<GridColumnChoice> findByAccountIdAndGridKey(Long accountId, String gridKey);
}
