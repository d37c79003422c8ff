package be.classeur.accounts;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.Pages;
import be.classeur.kernel.UserPreferences;
import be.classeur.kernel.audit.SecurityEvent;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: administrators manage accounts; every user manages their own language. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserPreferences, CurrentTrainer {
    /** Passwords shorter than this are refused. */
    public static final int MINIMUM_PASSWORD_LENGTH = 10;
    private static final Set<String> SORTABLE = Set.of("username", "displayName", "enabled");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Validator validator,
                   ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AccountRow> search(@Nullable String text, Pageable pageable) {
        String filter = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return accounts.search(filter, Pages.allowSort(pageable, SORTABLE, Sort.by("username"), "id")).map(AccountRow::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount forEdit(long id) {
        return accounts.findById(id).orElseThrow(() -> new EntityNotFoundException("Account " + id));
    }

    /** Creates an account with its first password. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(UserAccount account, String password) {
        validate(account);
        requireTrainerLink(account);
        if (accounts.existsByUsernameIgnoreCase(account.getUsername())) {
            throw new BusinessRuleException("accounts.error.usernameTaken", account.getUsername());
        }
        requireStrongPassword(password);
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setCreatedAt(clock.instant());
        UserAccount saved = accounts.saveAndFlush(account);
        events.publishEvent(SecurityEvent.of("ACCOUNT_CREATED", auditName(saved) + " " + saved.getRoles()));
        return saved;
    }

    /**
     * Saves display name, e-mail, roles, trainer link and enabled flag. Refuses to leave the organisation
     * without an enabled administrator, and refuses a stale copy.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount update(UserAccount changed) {
        validate(changed);
        requireTrainerLink(changed);
        UserAccount current = accounts.findById(changed.getId())
                .orElseThrow(() -> new EntityNotFoundException("Account " + changed.getId()));
        if (current.getVersion() != changed.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, changed.getId());
        }
        boolean losesAdministrator = current.isActiveAdministrator() && !changed.isActiveAdministrator();
        if (losesAdministrator && accounts.countEnabledAdministrators() <= 1) {
            throw new BusinessRuleException("accounts.error.lastAdministrator");
        }
        if (!current.getUsername().equalsIgnoreCase(changed.getUsername())
                && accounts.existsByUsernameIgnoreCase(changed.getUsername())) {
            throw new BusinessRuleException("accounts.error.usernameTaken", changed.getUsername());
        }
        current.setUsername(changed.getUsername());
        current.setDisplayName(changed.getDisplayName());
        current.setEmail(changed.getEmail());
        current.setRoles(changed.getRoles());
        current.setTrainerId(changed.getTrainerId());
        current.setEnabled(changed.isEnabled());
        events.publishEvent(SecurityEvent.of("ACCOUNT_UPDATED", auditName(current) + " " + current.getRoles()
                + (current.isEnabled() ? "" : " disabled")));
        return accounts.saveAndFlush(current);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long accountId, String password) {
        requireStrongPassword(password);
        UserAccount account = forEdit(accountId);
        account.setPasswordHash(passwordEncoder.encode(password));
        events.publishEvent(SecurityEvent.of("PASSWORD_SET", auditName(account)));
    }

    /** True until the first account exists; the first-start screen is only open then. */
    public boolean noAccountExists() {
        return accounts.count() == 0;
    }

    /** Creates the first administrator. Refused as soon as any account exists. */
    @Transactional
    public synchronized UserAccount createFirstAdministrator(String username, String displayName, String password) {
        if (!noAccountExists()) {
            throw new BusinessRuleException("accounts.error.alreadyInitialised");
        }
        UserAccount account = new UserAccount(username, displayName, Set.of(Role.ADMIN));
        validate(account);
        requireStrongPassword(password);
        account.setPasswordHash(passwordEncoder.encode(password));
        account.setCreatedAt(clock.instant());
        events.publishEvent(SecurityEvent.of("FIRST_ADMINISTRATOR_CREATED", username));
        return accounts.saveAndFlush(account);
    }

    /** Whether the stored password of {@code username} is {@code password} (used to detect demo passwords). */
    boolean hasPassword(String username, String password) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(a -> a.isEnabled() && passwordEncoder.matches(password, a.getPasswordHash()))
                .orElse(false);
    }

    @Override
    public Optional<String> currentDisplayName() {
        return currentUser().map(ClasseurUser::displayName);
    }

    @Override
    public Optional<Locale> currentPreferredLocale() {
        return currentUser().flatMap(user -> accounts.findById(user.accountId())).map(a -> Locale.forLanguageTag(a.getLocale()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveCurrentPreferredLocale(Locale locale) {
        if (SUPPORTED_LOCALES.stream().noneMatch(l -> l.getLanguage().equals(locale.getLanguage()))) {
            throw new BusinessRuleException("accounts.error.unsupportedLanguage");
        }
        currentUser().flatMap(user -> accounts.findById(user.accountId()))
                .ifPresent(account -> account.setLocale(locale.getLanguage()));
    }

    @Override
    public Optional<Long> trainerId() {
        return currentUser().map(ClasseurUser::trainerId);
    }

    /** The signed-in user, if any. */
    public static Optional<ClasseurUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ClasseurUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    private void requireTrainerLink(UserAccount account) {
        if (account.getRoles().contains(Role.TRAINER) && account.getTrainerId() == null) {
            throw new BusinessRuleException("accounts.error.trainerLinkRequired");
        }
    }

    private void requireStrongPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new BusinessRuleException("accounts.error.passwordTooShort", MINIMUM_PASSWORD_LENGTH);
        }
    }

    private void validate(UserAccount account) {
        Set<ConstraintViolation<UserAccount>> violations = validator.validate(account);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * How audit lines name an account: by id, never by login name, which erasure replaces for a trainer (the audit
     * log must neither keep the old login nor lose track of the account).
     */
    static String auditName(UserAccount account) {
        return "account #" + account.getId();
    }
}
