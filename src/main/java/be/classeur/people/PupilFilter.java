package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.PupilStage;

/**
 * Filter of the pupil grid. Null fields do not filter; {@code restrictedOnly} keeps the records whose processing is
 * restricted (art. 18), with the rule {@link PersonDirectory#countRestricted()} counts with.
 */
public record PupilFilter(String text, PupilStage stage, SchoolYear schoolYear, ArchiveFilter archive, boolean restrictedOnly) {
    public PupilFilter(String text, PupilStage stage, SchoolYear schoolYear, ArchiveFilter archive) {
        this(text, stage, schoolYear, archive, false);
    }

    public static PupilFilter active() {
        return new PupilFilter(null, null, null, ArchiveFilter.ACTIVE);
    }

    /** The restricted pupils, archived ones included: the list the dashboard's figure opens. */
    public static PupilFilter restricted() {
        return new PupilFilter(null, null, null, ArchiveFilter.ALL, true);
    }
}
