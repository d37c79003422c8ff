package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The recheck at purge time: the person's retention date is recomputed from their contacts and their family's (a
 * contact recorded since the list was made moves it), then must still be before today. Holds are not asked here: the
 * purge asks once, and the erasure loop refuses under a hold anyway.
 */
@Component
class RecomputedRetentionRecheck implements RetentionRecheck {
    private final RetentionDates dates;

    RecomputedRetentionRecheck(RetentionDates dates) {
        this.dates = dates;
    }

    @Override
    public boolean stillPastLimit(DataSubjectRef subject, LocalDate today) {
        return dates.stillDue(subject, today);
    }
}
