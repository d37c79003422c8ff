package be.classeur.courses;

import be.classeur.kernel.Message;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the timetable knows about clashes, asked by course screens before an enrolment or a trainer change is saved.
 * Implemented by the timetable module (which depends on courses, not the other way round). Each warning is a message,
 * shown in the reader's language with dates as dd/MM/yyyy.
 */
public interface ClashWarnings {
    /** Sessions of other groups of this pupil that overlap the group's sessions in the date range. */
    List<Message> ifPupilJoins(long groupId, long pupilId, LocalDate from, LocalDate to);

    /** Sessions of other groups of these trainers that overlap the group's future sessions. */
    List<Message> ifTrainersTeach(long groupId, Collection<Long> trainerIds);
}
