package be.classeur.accounts;

import java.util.List;
import java.util.Set;

/**
 * The demo accounts, one per role plus the common "one person does both" case. Their passwords are public:
 * with the prod profile the application refuses to start while any of them can still log in with it.
 */
public final class DemoAccounts {
    public record DemoAccount(String username, String displayName, String password, Set<Role> roles) {
    }

    public static final DemoAccount ADMIN = new DemoAccount("admin", "Anne Administratrice", "demo-admin-2026", Set.of(Role.ADMIN));
    public static final DemoAccount TRAINER = new DemoAccount("formateur", "Fabien Formateur", "demo-formateur-2026", Set.of(Role.TRAINER));
    public static final DemoAccount PRIVACY_OFFICER = new DemoAccount("dpo", "Paula Protection", "demo-dpo-2026", Set.of(Role.PRIVACY_OFFICER));
    public static final DemoAccount DIRECTOR = new DemoAccount("direction", "Denis Direction", "demo-direction-2026", Set.of(Role.ADMIN, Role.PRIVACY_OFFICER));

    public static final List<DemoAccount> ALL = List.of(ADMIN, TRAINER, PRIVACY_OFFICER, DIRECTOR);

    private DemoAccounts() {
    }
}
