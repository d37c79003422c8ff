package be.classeur.retention;

import be.classeur.kernel.PersonKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the retention pages are: the {@code @Route} values other pages link to. */
public final class RetentionLocations {
    /** The retention rules per data category. */
    public static final String RULES = "conservation/regles";
    /** The privacy officer's retention purge list. */
    public static final String PURGE = "conservation";
    /** The legal holds in force today, every person's. */
    public static final String HOLDS = "conservation/suspensions";

    /** Query parameters of the purge list: a {@code PurgeStatus} name (or {@link #PAST}), a {@link PersonKind} name. */
    public static final String STATUS = "status";
    public static final String KIND = "kind";
    /** The status value for the records past their limit and waiting (queued or failed): {@link PurgeService.Counts#past()}. */
    public static final String PAST = "PAST";

    private RetentionLocations() {
    }

    /**
     * The purge list filtered, e.g. {@code conservation?status=NEARING&kind=PUPIL}; {@code status} is a
     * {@code PurgeStatus} name or {@link #PAST}; null leaves that filter open.
     */
    public static String purge(@Nullable String status, @Nullable PersonKind kind) {
        List<String> query = new ArrayList<>();
        if (status != null) {
            query.add(STATUS + "=" + status);
        }
        if (kind != null) {
            query.add(KIND + "=" + kind.name());
        }
        return query.isEmpty() ? PURGE : PURGE + "?" + String.join("&", query);
    }
}
