package be.classeur.kernel;

import java.util.Set;

/**
 * The roles of a staff login, so that what a person is shown about who acted on their data names the role, not the
 * member of staff (CJEU C-579/21, Pankki S: the person has a right to know when and why their data were consulted,
 * not the employees' identities). Implemented by the accounts module.
 */
public interface StaffRoles {

    /** The role names ({@link Roles}) of the account with this login; empty when there is none. */
    Set<String> rolesOf(String login);
}
