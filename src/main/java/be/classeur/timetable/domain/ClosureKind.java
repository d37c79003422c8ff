package be.classeur.timetable.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** Stored closures; Belgian public holidays are computed by the kernel calendar, never stored. */
@NamedInterface("domain")
public enum ClosureKind implements Labelled {
    SCHOOL_HOLIDAY, AD_HOC;

    @Override
    public String labelKey() {
        return "timetable.closureKind." + name();
    }
}
