package be.classeur.courses.domain;

import org.springframework.modulith.NamedInterface;

/** A school year runs during school weeks; a holiday course runs inside school holidays. */
@NamedInterface("domain")
public enum PeriodKind {
    SCHOOL_YEAR, HOLIDAY_COURSE;

    public String labelKey() {
        return "courses.periodKind." + name();
    }
}
