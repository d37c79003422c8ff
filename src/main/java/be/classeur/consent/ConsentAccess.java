package be.classeur.consent;

/** Who may read and write the consent ledger, as {@code @PreAuthorize} expressions. */
final class ConsentAccess {
    static final String READ = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";
    static final String WRITE = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";

    private ConsentAccess() {
    }
}
