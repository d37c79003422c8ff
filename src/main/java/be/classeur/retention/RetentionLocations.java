package be.classeur.retention;

/** Where the retention pages are: the {@code @Route} values other pages link to. */
public final class RetentionLocations {
    /** The retention rules per data category. */
    public static final String RULES = "conservation/regles";
    /** The privacy officer's retention purge list. */
    public static final String PURGE = "conservation";

    private RetentionLocations() {
    }
}
