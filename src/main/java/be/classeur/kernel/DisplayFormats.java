package be.classeur.kernel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Belgian display conventions for dates in screens, letters, notes and error messages: 26/11/2026, 26/11/2026 09:00.
 *
 * <p>Moments are stored as UTC {@link Instant}s and shown in the organisation's zone, {@link #ZONE}: {@link #DATE_TIME}
 * carries that zone, so it formats an {@code Instant} as the Brussels wall-clock time (and a local date-time as is).
 */
public final class DisplayFormats {
    /**
     * Where the organisation works, as text for annotations ({@code @Scheduled(zone = ...)}). The one source of the
     * zone: the clock's "today", the jobs' hours and every moment a user sees use it.
     */
    public static final String ZONE_NAME = "Europe/Brussels";
    /** Where the organisation works: every moment a user sees is shown in this zone. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm").withZone(ZONE);

    private DisplayFormats() {
    }

    /** A moment for a machine-readable export: ISO-8601 with the Brussels offset, e.g. 2026-11-26T09:00:00+01:00. */
    public static String iso(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(moment, ZONE));
    }
}
