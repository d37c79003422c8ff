package be.classeur.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The identity copies still kept (proofs and attachments marked as identity documents): how many, when the oldest
 * was received, and the age limit after which the morning job deletes them. No personal data.
 */
public record IdentityCopiesHeld(long count, @Nullable Instant oldestReceivedAt, int maxAgeDays) {
    /** "Close to the age limit": this many days or fewer before it, for the dashboard and the morning alerts alike. */
    public static final int WARNING_DAYS = 7;

    /** The oldest copy's age in whole days; 0 when none is held. */
    public long oldestAgeDays(Clock clock) {
        return oldestReceivedAt == null ? 0 : Duration.between(oldestReceivedAt, clock.instant()).toDays();
    }

    /** Whether the oldest copy kept is past the age limit (the morning deletion has not run yet, or failed). */
    public boolean pastLimit(Clock clock) {
        return count > 0 && oldestReceivedAt != null && oldestAgeDays(clock) >= maxAgeDays;
    }

    /** Whether the oldest copy kept is within {@value #WARNING_DAYS} days of the age limit, or past it. */
    public boolean nearLimit(Clock clock) {
        return count > 0 && oldestReceivedAt != null && oldestAgeDays(clock) >= maxAgeDays - WARNING_DAYS;
    }
}
