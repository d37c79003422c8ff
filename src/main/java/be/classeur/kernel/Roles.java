package be.classeur.kernel;

/** Role names for {@code @RolesAllowed} and {@code @PreAuthorize}; accounts stores them as {@code ROLE_} authorities. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String TRAINER = "TRAINER";
    public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";

    private Roles() {
    }
}
