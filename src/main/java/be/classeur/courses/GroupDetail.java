package be.classeur.courses;

import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the group page shows, read in the service's transaction: its facts, its trainers (by last then first name; levels in school order)
 * and its roster. No entity: nothing lazy is left for the view to load.
 */
public record GroupDetail(long id, String name, String subject, String period, PeriodKind periodKind,
                          LocalDate periodStartsOn, LocalDate periodEndsOn, List<SchoolYear> levels,
                          @Nullable String location, @Nullable String room, int capacity, GroupStatus status,
                          List<TrainerLine> trainers, List<EnrolmentRow> roster, long enrolledToday) {

    /** A trainer of the group, with the name shown on the page. */
    public record TrainerLine(long id, String name) {
    }

    public List<Long> trainerIds() {
        return trainers.stream().map(TrainerLine::id).toList();
    }
}
