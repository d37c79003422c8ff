package be.classeur.retention;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One legal hold of a person, in force or not (lifted, or past its end date). */
public record LegalHoldRow(long id, long version, String reason, @Nullable LocalDate until, String placedBy,
                           Instant placedAt, @Nullable String liftedBy, @Nullable Instant liftedAt, boolean active) {
}
