package be.classeur.timetable;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as the calendar and the day list show it. */
public record SessionRow(Long id, Long groupId, String groupName, String subject, LocalDate day, LocalTime startsAt,
                         LocalTime endsAt, String room, boolean cancelled, boolean editedByHand) {
}
