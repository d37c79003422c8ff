package be.classeur.privacy;

import be.classeur.kernel.Message;
import be.classeur.privacy.domain.RequestStatus;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of a request's status history. {@code from} is null for the first line (the request was recorded). The
 * note is a message, rendered in the reader's language where it is shown ({@link #noteIn}).
 */
public record StatusChangeRow(RequestStatus from, RequestStatus to, String changedBy, Instant changedAt,
                              @Nullable Message note) {
    /** The note in the reader's language and date format; empty without one. */
    public String noteIn(Locale locale) {
        return note == null ? "" : note.render(locale);
    }
}
