package be.classeur.audit;

/** Where the audit module's pages live, for links from other modules. */
public final class AuditLocations {
    /** The audit log, read by the privacy officer. */
    public static final String LOG = "audit";
    /** Query parameter: keep the lines of these actions (comma-separated, e.g. {@code LOGIN_FAILED}). */
    public static final String ACTION = "action";
    /** Query parameter: keep the lines from this day on (ISO date, inclusive). */
    public static final String FROM = "from";

    private AuditLocations() {
    }

    /** The log filtered to some actions from a day on, e.g. the failed sign-ins of the last week. */
    public static String log(java.util.Collection<String> actions, java.time.LocalDate from) {
        return LOG + "?" + ACTION + "=" + String.join(",", actions) + "&" + FROM + "=" + from;
    }
}
