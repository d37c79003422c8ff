package be.classeur.courses;

import be.classeur.kernel.SchoolYear;
import java.time.LocalDate;

/** A pupil in a group's roster, as administrators see it. */
public record EnrolmentRow(Long enrolmentId, Long pupilId, String pupilName, SchoolYear schoolYear, LocalDate startsOn,
                           LocalDate endsOn, boolean overCapacity, boolean current) {
}
