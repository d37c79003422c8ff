package be.classeur.courses;

/** A group's data (trainers, room, period) changed; the timetable re-checks its sessions. */
public record GroupChanged(long groupId) {
}
