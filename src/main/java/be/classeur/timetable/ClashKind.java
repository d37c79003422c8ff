package be.classeur.timetable;

import be.classeur.kernel.Labelled;

/** What is in two places at once. */
public enum ClashKind implements Labelled {
    TRAINER, ROOM, PUPIL;

    @Override
    public String labelKey() {
        return "timetable.clashKind." + name();
    }
}
