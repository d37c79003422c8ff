package be.classeur.timetable;

/** What is in two places at once. */
public enum ClashKind {
    TRAINER, ROOM, PUPIL;

    public String labelKey() {
        return "timetable.clashKind." + name();
    }
}
