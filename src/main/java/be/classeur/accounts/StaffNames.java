package be.classeur.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's answer to "who is this login", for pages that show who handles or did something: staff are
 * shown by their display name, never by their login. A login without an account (deleted, or a system job) shows as
 * itself.
 */
@Service
@Transactional(readOnly = true)
public class StaffNames {
    private final UserAccountRepository accounts;

    StaffNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The display name of each login asked for, by login; every login given is a key. */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public Map<String, String> displayNames(Collection<String> logins) {
        Set<String> wanted = logins.stream().filter(Objects::nonNull).filter(l -> !l.isBlank())
                .collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        wanted.forEach(login -> names.put(login, login));
        if (!wanted.isEmpty()) {
            accounts.findByUsernameIn(wanted).stream()
                    .filter(a -> a.getDisplayName() != null && !a.getDisplayName().isBlank())
                    .forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        }
        return names;
    }

    /** The display name of one login; the login itself when no account has it; null for none. */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public @Nullable String displayName(@Nullable String login) {
        return login == null || login.isBlank() ? null : displayNames(Set.of(login)).get(login);
    }

    /** An account as pickers and the audit log show it: its number and display name (the login when it has none). */
    public record StaffAccount(long id, String name) {
    }

    /** The display name of each account asked for, by account id; an id without an account is left out. */
    @PreAuthorize("hasAnyRole('PRIVACY_OFFICER', 'ADMIN')")
    public Map<Long, String> displayNamesById(Collection<Long> accountIds) {
        Set<Long> wanted = accountIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            accounts.findAllById(wanted).forEach(a -> names.put(a.getId(), nameOf(a)));
        }
        return names;
    }

    /** Every account by name, for the audit log's account filter. */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public java.util.List<StaffAccount> accounts() {
        return accounts.findTop500ByOrderByUsernameAsc().stream().map(a -> new StaffAccount(a.getId(), nameOf(a)))
                .sorted(java.util.Comparator.comparing(StaffAccount::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static String nameOf(UserAccount account) {
        return account.getDisplayName() != null && !account.getDisplayName().isBlank() ? account.getDisplayName()
                : account.getUsername();
    }
}
