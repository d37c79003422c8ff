package be.classeur.accounts;

import be.classeur.kernel.StaffRoles;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's answer to "which role does this login hold", for the access export (privacy officer only). */
@Component
class AccountStaffRoles implements StaffRoles {
    private final UserAccountRepository accounts;

    AccountStaffRoles(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public Set<String> rolesOf(String login) {
        if (login == null || login.isBlank()) {
            return Set.of();
        }
        return accounts.findByUsernameIgnoreCase(login.strip())
                .map(a -> a.getRoles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
