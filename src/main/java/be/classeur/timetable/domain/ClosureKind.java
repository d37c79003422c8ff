package be.classeur.timetable.domain;

import org.springframework.modulith.NamedInterface;

/** Stored closures; Belgian public holidays are computed by the kernel calendar, never stored. */
@NamedInterface("domain")
public enum ClosureKind {
    SCHOOL_HOLIDAY, AD_HOC;

    public String labelKey() {
        return "timetable.closureKind." + name();
    }
}
