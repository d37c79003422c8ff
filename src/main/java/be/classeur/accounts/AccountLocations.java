package be.classeur.accounts;

/** Where the accounts pages are: the {@code @Route} values of its views (the login page also receives the form post). */
public final class AccountLocations {
    public static final String ACCOUNTS = "accounts";
    public static final String LOGIN = "login";
    /** The first administrator's page, open only while no account exists. */
    public static final String SETUP = "setup";

    private AccountLocations() {
    }
}
