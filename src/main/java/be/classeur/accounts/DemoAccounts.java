package be.classeur.accounts;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demo accounts, one per role plus the common "one person does both" case. Their passwords are public:
 * with the prod profile the application refuses to start while any of them can still log in with it.
 */
public final class DemoAccounts {
    public record DemoAccount(String username, String displayName, String password, Set<Role> roles,
                              @Nullable String email) {
    }

    public static final DemoAccount ADMIN = new DemoAccount("admin", "Anne Administratrice", "demo-admin-2026", Set.of(Role.ADMIN), null);
    public static final DemoAccount TRAINER = new DemoAccount("formateur", "Fabien Formateur", "demo-formateur-2026", Set.of(Role.TRAINER), null);
    public static final DemoAccount PRIVACY_OFFICER = new DemoAccount("dpo", "Paula Protection", "demo-dpo-2026", Set.of(Role.PRIVACY_OFFICER),
            "dpo@example.org");
    public static final DemoAccount DIRECTOR = new DemoAccount("direction", "Denis Direction", "demo-direction-2026", Set.of(Role.ADMIN, Role.PRIVACY_OFFICER), null);

    public static final List<DemoAccount> ALL = List.of(ADMIN, TRAINER, PRIVACY_OFFICER, DIRECTOR);

    private DemoAccounts() {
    }
}
