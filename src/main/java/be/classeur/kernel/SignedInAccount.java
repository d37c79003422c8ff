package be.classeur.kernel;

/**
 * What the signed-in principal tells other modules about its account without naming it: the account's id. The audit
 * log records this id (and the roles) rather than the login name, so that erasing a trainer's login loses nothing.
 */
public interface SignedInAccount {
    long accountId();
}
