package be.classeur.courses;

import be.classeur.courses.domain.GroupStatus;

/** Filter of the group grid. Null fields do not filter. */
public record GroupFilter(String text, Long periodId, Long subjectId, Long trainerId, GroupStatus status, boolean onlyWithFreePlaces) {
    public static GroupFilter all() {
        return new GroupFilter(null, null, null, null, null, false);
    }
}
