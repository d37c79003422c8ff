package be.classeur.timetable;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One room's sessions over a day or a week, in time order; an empty list means the room is free then. A null room
 * gathers the sessions that have no room.
 */
public record RoomSessions(@Nullable String room, List<SessionDetail> sessions) {
    public RoomSessions {
        sessions = List.copyOf(sessions);
    }
}
