package be.classeur.accounts;

import be.classeur.kernel.Labelled;
import be.classeur.kernel.Roles;

/** What an account may do. An account holds one or more roles. */
public enum Role implements Labelled {
    ADMIN(Roles.ADMIN), TRAINER(Roles.TRAINER), PRIVACY_OFFICER(Roles.PRIVACY_OFFICER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String authority() {
        return "ROLE_" + roleName;
    }

    @Override
    public String labelKey() {
        return "accounts.role." + name();
    }
}
