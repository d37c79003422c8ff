package be.classeur.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The identity copies still kept (proofs and attachments marked as identity documents): how many, when the oldest
 * was received, and the age limit after which the morning job deletes them. No personal data.
 */
public record IdentityCopiesHeld(long count, @Nullable Instant oldestReceivedAt, int maxAgeDays) {
}
