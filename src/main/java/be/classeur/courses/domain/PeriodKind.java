package be.classeur.courses.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** A school year runs during school weeks; a holiday course runs inside school holidays. */
@NamedInterface("domain")
public enum PeriodKind implements Labelled {
    SCHOOL_YEAR, HOLIDAY_COURSE;

    @Override
    public String labelKey() {
        return "courses.periodKind." + name();
    }
}
