package be.classeur.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    List<UserAccount> findByTrainerIdOrderById(Long trainerId);

    /** Every account, a bounded list for pickers (a school has a few dozen staff accounts). */
    List<UserAccount> findTop500ByOrderByUsernameAsc();

    List<UserAccount> findByTrainerIdInOrderById(Collection<Long> trainerIds);

    @Query("select distinct a from UserAccount a join a.roles r where a.enabled = true and r = :role order by a.id")
    List<UserAccount> findEnabledWithRole(@Param("role") Role role);

    @Query("select count(distinct a) from UserAccount a join a.roles r where a.enabled = true and r = be.classeur.accounts.Role.ADMIN")
    long countEnabledAdministrators();

    @Query("""
            select a from UserAccount a
            where :text is null
               or lower(a.username) like concat('%', :text, '%')
               or lower(a.displayName) like concat('%', :text, '%')
            """)
    Slice<UserAccount> search(@Param("text") @Nullable String lowerCaseText, Pageable pageable);
}
