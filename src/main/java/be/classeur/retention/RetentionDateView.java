package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One person's retention date: the day counted from ({@code lastContact}: their last contact, or the day their record
 * was created when none), their own limit, the day they are kept until (the family rule included) and, when a family
 * member's later limit keeps them, who.
 */
public record RetentionDateView(DataSubjectRef subject, LocalDate lastContact, LocalDate ownLimit, LocalDate keepUntil,
                                @Nullable DataSubjectRef keptBy, Instant computedAt) {
    /** Whether the family rule keeps the person longer than their own limit. */
    public boolean keptByFamily() {
        return keptBy != null;
    }
}
