package be.classeur.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class AccountServiceIT {
    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TrainerService trainers;

    private static String uniqueUsername(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }

    /** The app's own user store and encoder behind Spring Security's standard username/password check. */
    private AuthenticationManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    private Authentication logIn(String username, String password) {
        return authenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private UserAccount create(String username, Set<Role> roles) {
        return accounts.create(new UserAccount(username, "Compte de test " + username, roles), PASSWORD);
    }

    @Test
    void aNewAccountLogsInWithItsRolesAndOnlyWithItsPassword() {
        String username = uniqueUsername("it.dpo");

        UserAccount created = create(username, Set.of(Role.PRIVACY_OFFICER, Role.ADMIN));

        assertThat(created.getId()).isNotNull();
        assertThat(created.getCreatedAt()).isNotNull();
        assertThat(created.getPasswordHash()).isNotEqualTo(PASSWORD).startsWith("$2");
        Authentication authentication = logIn(username.toUpperCase(Locale.ROOT), PASSWORD);
        assertThat(authentication.isAuthenticated()).isTrue();
        // Spring Security 7 adds factor authorities (FACTOR_PASSWORD); the roles are the account's, no more
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_PRIVACY_OFFICER", "ROLE_ADMIN");
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(ClasseurUser.class,
                user -> assertThat(user.accountId()).isEqualTo(created.getId()));
        assertThatThrownBy(() -> logIn(username, PASSWORD + "x")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn(username + "x", PASSWORD)).isInstanceOf(BadCredentialsException.class);

        // leave no extra enabled administrator behind in a shared database
        UserAccount done = accounts.forEdit(created.getId());
        done.setEnabled(false);
        accounts.update(done);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        String username = uniqueUsername("it.off");
        UserAccount account = create(username, Set.of(Role.PRIVACY_OFFICER));
        assertThat(logIn(username, PASSWORD).isAuthenticated()).isTrue();

        UserAccount changed = accounts.forEdit(account.getId());
        changed.setEnabled(false);
        accounts.update(changed);

        UserDetails details = userDetailsService.loadUserByUsername(username);
        assertThat(details.isEnabled()).isFalse();
        assertThatThrownBy(() -> logIn(username, PASSWORD)).isInstanceOf(DisabledException.class);
        assertThat(accounts.hasPassword(username, PASSWORD)).isFalse();

        UserAccount enabledAgain = accounts.forEdit(account.getId());
        enabledAgain.setEnabled(true);
        accounts.update(enabledAgain);
        assertThat(logIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anAdministratorMayBeDisabledWhileAnotherRemains() {
        String username = uniqueUsername("it.admin");
        UserAccount admin = create(username, Set.of(Role.ADMIN));
        assertThat(repository.countEnabledAdministrators()).isGreaterThan(1);

        UserAccount changed = accounts.forEdit(admin.getId());
        changed.setEnabled(false);
        accounts.update(changed);

        assertThat(accounts.forEdit(admin.getId()).isEnabled()).isFalse();
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorLoseTheAdministratorRole() {
        UserAccount last = create(uniqueUsername("it.last"), Set.of(Role.ADMIN, Role.PRIVACY_OFFICER));
        // Leave "last" as the only enabled administrator for the length of this test, then put everyone back.
        List<Long> disabledHere = new ArrayList<>();
        try {
            for (UserAccount other : repository.findAll()) {
                if (other.isActiveAdministrator() && !other.getId().equals(last.getId())) {
                    other.setEnabled(false);
                    repository.saveAndFlush(other);
                    disabledHere.add(other.getId());
                }
            }
            assertThat(repository.countEnabledAdministrators()).isEqualTo(1);

            UserAccount demoted = accounts.forEdit(last.getId());
            demoted.setRoles(Set.of(Role.PRIVACY_OFFICER));
            assertThatThrownBy(() -> accounts.update(demoted))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.error.lastAdministrator"));

            UserAccount disabled = accounts.forEdit(last.getId());
            disabled.setEnabled(false);
            assertThatThrownBy(() -> accounts.update(disabled))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.error.lastAdministrator"));

            UserAccount stored = accounts.forEdit(last.getId());
            assertThat(stored.isEnabled()).isTrue();
            assertThat(stored.getRoles()).contains(Role.ADMIN);

            // other changes to the last administrator stay possible
            stored.setDisplayName("Toujours administrateur");
            stored.setRoles(Set.of(Role.ADMIN));
            accounts.update(stored);
            assertThat(accounts.forEdit(last.getId()).getDisplayName()).isEqualTo("Toujours administrateur");
        } finally {
            for (Long id : disabledHere) {
                UserAccount other = repository.findById(id).orElseThrow();
                other.setEnabled(true);
                repository.saveAndFlush(other);
            }
            UserAccount cleanup = repository.findById(last.getId()).orElseThrow();
            cleanup.setEnabled(false);
            repository.saveAndFlush(cleanup);
        }
        assertThat(userDetailsService.loadUserByUsername("admin").isEnabled()).isTrue();
        assertThat(userDetailsService.loadUserByUsername("direction").isEnabled()).isTrue();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefusedAndNoAccountIsCreated() {
        String username = uniqueUsername("it.court");

        assertThatThrownBy(() -> accounts.create(new UserAccount(username, "Court", Set.of(Role.ADMIN)), "123456789"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.passwordTooShort"));
        assertThatThrownBy(() -> accounts.create(new UserAccount(username, "Court", Set.of(Role.ADMIN)), null))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(repository.existsByUsernameIgnoreCase(username)).isFalse();

        assertThat(accounts.create(new UserAccount(username, "Juste assez", Set.of(Role.PRIVACY_OFFICER)), "1234567890").getId())
                .isNotNull();
    }

    @Test
    void setPasswordAlsoRefusesShortPasswords() {
        String username = uniqueUsername("it.mdp");
        UserAccount account = create(username, Set.of(Role.PRIVACY_OFFICER));

        assertThatThrownBy(() -> accounts.setPassword(account.getId(), "court"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.passwordTooShort"));
        assertThat(logIn(username, PASSWORD).isAuthenticated()).isTrue();

        accounts.setPassword(account.getId(), "un-autre-mot-de-passe");
        assertThat(logIn(username, "un-autre-mot-de-passe").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> logIn(username, PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDuplicateUsernameIsRefusedWhateverItsCase() {
        String username = uniqueUsername("it.dup");
        create(username, Set.of(Role.PRIVACY_OFFICER));

        assertThatThrownBy(() -> create(username.toUpperCase(Locale.ROOT), Set.of(Role.PRIVACY_OFFICER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.usernameTaken"));
        assertThatThrownBy(() -> create("ADMIN", Set.of(Role.PRIVACY_OFFICER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.usernameTaken"));
    }

    @Test
    void renamingToAnotherAccountsUsernameIsRefused() {
        UserAccount account = create(uniqueUsername("it.renom"), Set.of(Role.PRIVACY_OFFICER));
        UserAccount changed = accounts.forEdit(account.getId());
        changed.setUsername("Direction");

        assertThatThrownBy(() -> accounts.update(changed))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.usernameTaken"));
    }

    @Test
    void aTrainerAccountMustBeLinkedToATrainer() {
        String username = uniqueUsername("it.form");

        assertThatThrownBy(() -> create(username, Set.of(Role.TRAINER)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.trainerLinkRequired"));
        assertThat(repository.existsByUsernameIgnoreCase(username)).isFalse();

        Trainer trainer = new Trainer();
        trainer.setFirstName("Théo");
        trainer.setLastName("Formateur" + Long.toString(System.nanoTime(), 36));
        long trainerId = trainers.save(trainer).getId();
        UserAccount account = new UserAccount(username, "Théo", Set.of(Role.TRAINER));
        account.setTrainerId(trainerId);
        UserAccount created = accounts.create(account, PASSWORD);

        assertThat(logIn(username, PASSWORD).getPrincipal()).isInstanceOfSatisfying(ClasseurUser.class,
                user -> assertThat(user.trainerId()).isEqualTo(trainerId));

        UserAccount unlinked = accounts.forEdit(created.getId());
        unlinked.setTrainerId(null);
        assertThatThrownBy(() -> accounts.update(unlinked))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accounts.error.trainerLinkRequired"));
    }

    @Test
    void anAccountWithoutRoleIsRefused() {
        assertThatThrownBy(() -> accounts.create(new UserAccount(uniqueUsername("it.vide"), "Sans rôle", EnumSet.noneOf(Role.class)), PASSWORD))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void aStaleCopyIsRefusedAndTheFirstChangeIsKept() {
        UserAccount account = create(uniqueUsername("it.verrou"), Set.of(Role.PRIVACY_OFFICER));
        UserAccount first = accounts.forEdit(account.getId());
        UserAccount second = accounts.forEdit(account.getId());

        first.setDisplayName("Premier");
        accounts.update(first);
        second.setDisplayName("Second");

        assertThatThrownBy(() -> accounts.update(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(accounts.forEdit(account.getId()).getDisplayName()).isEqualTo("Premier");
    }

    @Test
    @WithUserDetails("dpo")
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> accounts.search(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.forEdit(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new UserAccount(uniqueUsername("it.dpo"), "Non", Set.of(Role.ADMIN)), PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setPassword(1L, PASSWORD)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void trainersDoNotManageAccountsEither() {
        assertThatThrownBy(() -> accounts.search(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsSearchAccountsByUsernameOrDisplayName() {
        String username = uniqueUsername("it.cherche");
        UserAccount account = create(username, Set.of(Role.PRIVACY_OFFICER));

        assertThat(accounts.search(username.toUpperCase(Locale.ROOT), PageRequest.of(0, 10)).getContent())
                .extracting(AccountRow::id).containsExactly(account.getId());
        assertThat(accounts.search("Compte de test " + username, PageRequest.of(0, 10)).getContent())
                .extracting(AccountRow::id).containsExactly(account.getId());
    }

    @Test
    void theSignedInUserChoosesTheirLanguage() {
        Locale before = accounts.currentPreferredLocale().orElseThrow();
        try {
            accounts.saveCurrentPreferredLocale(Locale.of("nl"));
            assertThat(accounts.currentPreferredLocale()).contains(Locale.of("nl"));

            assertThatThrownBy(() -> accounts.saveCurrentPreferredLocale(Locale.GERMAN))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("accounts.error.unsupportedLanguage"));
            assertThat(accounts.currentPreferredLocale()).contains(Locale.of("nl"));
        } finally {
            accounts.saveCurrentPreferredLocale(before);
        }
        assertThat(accounts.currentPreferredLocale()).contains(before);
        assertThat(accounts.currentDisplayName()).contains(DemoAccounts.ADMIN.displayName());
    }
}
