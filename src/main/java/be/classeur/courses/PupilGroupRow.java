package be.classeur.courses;

import java.time.LocalDate;

/** A group a pupil is or was in, for the pupil's detail page. */
public record PupilGroupRow(Long groupId, String groupName, String period, LocalDate startsOn, LocalDate endsOn, boolean current) {
}
