package be.classeur.timetable;

import java.util.List;

/** A session with the names of its group's trainers: what a calendar block says and its session dialog shows. */
public record SessionDetail(SessionRow session, List<String> trainers) {
    public SessionDetail {
        trainers = List.copyOf(trainers);
    }
}
