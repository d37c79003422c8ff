package be.classeur.retention;

import be.classeur.kernel.PersonKind;
import be.classeur.retention.domain.PurgeStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the purge list shows: a kind of person, a status, a range of retention limits; null for any. {@code past}
 * keeps the records past their limit and waiting for the purge (queued, or failed and tried again): the
 * {@link PurgeService.Counts#past()} figure, which is two statuses.
 */
public record PurgeFilter(@Nullable PersonKind kind, @Nullable PurgeStatus status, @Nullable LocalDate keepUntilFrom,
                          @Nullable LocalDate keepUntilTo, boolean past) {
    public PurgeFilter(@Nullable PersonKind kind, @Nullable PurgeStatus status, @Nullable LocalDate keepUntilFrom,
                       @Nullable LocalDate keepUntilTo) {
        this(kind, status, keepUntilFrom, keepUntilTo, false);
    }

    public static PurgeFilter all() {
        return new PurgeFilter(null, null, null, null);
    }

    /** The records of one figure of {@link PurgeService.Counts} and one kind (null: every kind). */
    public static PurgeFilter nearing(@Nullable PersonKind kind) {
        return new PurgeFilter(kind, PurgeStatus.NEARING, null, null);
    }

    public static PurgeFilter past(@Nullable PersonKind kind) {
        return new PurgeFilter(kind, null, null, null, true);
    }

    public static PurgeFilter held(@Nullable PersonKind kind) {
        return new PurgeFilter(kind, PurgeStatus.SKIPPED_HOLD, null, null);
    }
}
