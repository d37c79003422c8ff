package be.classeur.kernel;

import java.time.format.DateTimeFormatter;

/** Belgian display conventions for dates in screens, letters, notes and error messages: 26/11/2026, 26/11/2026 09:00. */
public final class DisplayFormats {
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm");

    private DisplayFormats() {
    }
}
