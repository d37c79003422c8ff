package be.classeur.timetable;

/** Which sessions the calendar shows: null fields do not filter. */
public record SessionFilter(Long groupId, String room, Long trainerId, Long pupilId) {
    public static SessionFilter none() {
        return new SessionFilter(null, null, null, null);
    }
}
