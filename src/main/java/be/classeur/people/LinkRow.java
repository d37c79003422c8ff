package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import java.time.LocalDate;

/** A pupil–guardian link as the forms and detail pages show it, seen from either side. */
public record LinkRow(Long pupilId, String pupilName, LocalDate pupilBirthDate, SchoolYear pupilSchoolYear,
                      Long guardianId, String guardianName, String guardianPhone, String guardianEmail,
                      Relationship relationship) {
    /** Whether the pupil was a minor on that day, by the same rule as {@link Pupil#isMinorOn}. */
    public boolean pupilMinorOn(LocalDate day) {
        return Pupil.isMinor(pupilBirthDate, pupilSchoolYear, day);
    }

    /** Whether the guardian is the pupil's legal representative through this link (parent or legal guardian). */
    public boolean mayRepresent() {
        return relationship != null && relationship.mayRepresent();
    }
}
