package be.classeur.retention;

/** The retention module's pages, for typed links. */
public final class RetentionLocations {
    /** The privacy officer's retention purge list. */
    public static final String PURGE = "conservation";

    private RetentionLocations() {
    }
}
