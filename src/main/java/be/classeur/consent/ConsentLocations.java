package be.classeur.consent;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the consents' page is, and how to open it on one purpose and status. */
public final class ConsentLocations {
    /** The consents per purpose and the people of one purpose and status. */
    public static final String CONSENTS = "consentements";
    /** Query parameters: a purpose's code (as {@link ConsentLedger#purposes()}), a {@code ConsentStatus} name. */
    public static final String PURPOSE = "purpose";
    public static final String STATUS = "status";

    private ConsentLocations() {
    }

    /**
     * The consents' page showing the people of one purpose and status, e.g. {@code consentements?purpose=newsletter&status=GRANTED}:
     * the rows {@link ConsentLedger#countsByPurpose()} counts for them. Null leaves the page's default.
     */
    public static String consents(@Nullable String purpose, @Nullable String status) {
        List<String> query = new ArrayList<>();
        if (purpose != null) {
            query.add(PURPOSE + "=" + java.net.URLEncoder.encode(purpose, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (status != null) {
            query.add(STATUS + "=" + status);
        }
        return query.isEmpty() ? CONSENTS : CONSENTS + "?" + String.join("&", query);
    }
}
