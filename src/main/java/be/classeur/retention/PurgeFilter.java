package be.classeur.retention;

import be.classeur.kernel.PersonKind;
import be.classeur.retention.domain.PurgeStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the purge list shows: a kind of person, a status, a range of retention limits; null for any. */
public record PurgeFilter(@Nullable PersonKind kind, @Nullable PurgeStatus status, @Nullable LocalDate keepUntilFrom,
                          @Nullable LocalDate keepUntilTo) {
    public static PurgeFilter all() {
        return new PurgeFilter(null, null, null, null);
    }
}
