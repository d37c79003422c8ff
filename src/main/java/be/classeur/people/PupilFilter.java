package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.PupilStage;

/** Filter of the pupil grid. Null fields do not filter. */
public record PupilFilter(String text, PupilStage stage, SchoolYear schoolYear, ArchiveFilter archive) {
    public static PupilFilter active() {
        return new PupilFilter(null, null, null, ArchiveFilter.ACTIVE);
    }
}
