package be.classeur.kernel;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a legal hold stops the erasure of a person's data (art. 17(3)(e): kept for legal claims), and why. Defined
 * here so that the erasure loop asks it without depending on the retention module, which records the holds.
 */
public interface LegalHolds {

    /** The hold in force on the subject today, if any. */
    Optional<Hold> activeOn(DataSubjectRef subject);

    /** A legal hold: the reason the privacy officer gave, and the day it ends (none: until lifted). */
    record Hold(String reason, @Nullable LocalDate until) {
    }
}
