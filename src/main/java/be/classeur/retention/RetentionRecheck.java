package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;

/**
 * Checks again, at the moment of the purge, that a person listed as past their limit still is: a contact recorded
 * since the list was made (or a family member's) moves their limit. Legal holds are the purge's own check.
 */
public interface RetentionRecheck {
    /** Whether the person is still past their retention limit today, their date recomputed first. */
    boolean stillPastLimit(DataSubjectRef subject, LocalDate today);
}
