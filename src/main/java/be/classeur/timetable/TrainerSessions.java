package be.classeur.timetable;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One trainer's sessions over a day or a week, in time order; an empty list means the trainer teaches nothing then.
 * A null trainer gathers the sessions of groups without a trainer.
 */
public record TrainerSessions(@Nullable Long trainerId, @Nullable String name, List<SessionDetail> sessions) {
    public TrainerSessions {
        sessions = List.copyOf(sessions);
    }
}
