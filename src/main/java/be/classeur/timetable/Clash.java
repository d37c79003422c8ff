package be.classeur.timetable;

/** Two sessions that overlap for the same trainer, room or pupil; {@code who} names that trainer, room or pupil. */
public record Clash(ClashKind kind, String who, SessionRow first, SessionRow second) {
}
