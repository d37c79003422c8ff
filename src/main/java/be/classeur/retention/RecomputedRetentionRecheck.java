package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The recheck at purge time: the person's retention date is recomputed from their contacts and their family's (a
 * contact recorded since the list was made moves it), then must still be before today, with no legal hold in force.
 */
@Component
class RecomputedRetentionRecheck implements RetentionRecheck {
    private final RetentionDates dates;
    private final List<LegalHolds> holds;

    RecomputedRetentionRecheck(RetentionDates dates, List<LegalHolds> holds) {
        this.dates = dates;
        this.holds = holds;
    }

    @Override
    public boolean stillPastLimit(DataSubjectRef subject, LocalDate today) {
        return dates.stillDue(subject, today) && holds.stream().noneMatch(h -> h.activeOn(subject).isPresent());
    }
}
