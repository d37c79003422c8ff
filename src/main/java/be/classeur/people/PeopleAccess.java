package be.classeur.people;

/** Who may read and write people data, as {@code @PreAuthorize} expressions. */
final class PeopleAccess {
    /** Administrators manage people; privacy officers read what a request needs. */
    static final String READ = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";
    /** Only administrators create, change and archive people. */
    static final String WRITE = "hasRole('ADMIN')";

    private PeopleAccess() {
    }
}
