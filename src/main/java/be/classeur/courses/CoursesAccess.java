package be.classeur.courses;

/** Who may read and write course data, as {@code @PreAuthorize} expressions. */
final class CoursesAccess {
    static final String READ = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";
    static final String WRITE = "hasRole('ADMIN')";
    /** Administrators, or the trainer of that group (object-level check, logged when refused). */
    static final String ADMIN_OR_OWN_GROUP = "hasRole('ADMIN') or @groupAccess.isOwnGroup(#groupId)";

    private CoursesAccess() {
    }
}
