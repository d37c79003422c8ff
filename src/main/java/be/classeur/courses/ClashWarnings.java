package be.classeur.courses;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the timetable knows about clashes, asked by course screens before an enrolment or a trainer change is saved.
 * Implemented by the timetable module (which depends on courses, not the other way round).
 */
public interface ClashWarnings {
    /** Sessions of other groups of this pupil that overlap the group's sessions in the date range. */
    List<String> ifPupilJoins(long groupId, long pupilId, LocalDate from, LocalDate to);

    /** Sessions of other groups of these trainers that overlap the group's future sessions. */
    List<String> ifTrainersTeach(long groupId, Collection<Long> trainerIds);
}
