package be.classeur.courses;

import java.util.List;
import be.classeur.kernel.SchoolYear;
import be.classeur.courses.domain.GroupStatus;

/** One line of the group grid. */
public record GroupRow(Long id, String name, String subject, String period, List<SchoolYear> levels, String trainers, String room,
                       int capacity, long enrolled, GroupStatus status) {
    public boolean overCapacity() {
        return enrolled > capacity;
    }

    public long freePlaces() {
        return Math.max(0, capacity - enrolled);
    }
}
