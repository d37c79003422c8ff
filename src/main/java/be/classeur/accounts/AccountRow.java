package be.classeur.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An account as the accounts grid shows it; never the password hash. */
public record AccountRow(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                         @Nullable Long trainerId) {

    static AccountRow of(UserAccount account) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), Set.copyOf(account.getRoles()),
                account.isEnabled(), account.getTrainerId());
    }
}
