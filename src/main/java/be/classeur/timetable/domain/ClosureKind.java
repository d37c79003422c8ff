package be.classeur.timetable.domain;

/** Stored closures; Belgian public holidays are computed by the kernel calendar, never stored. */
public enum ClosureKind {
    SCHOOL_HOLIDAY, AD_HOC;

    public String labelKey() {
        return "timetable.closureKind." + name();
    }
}
