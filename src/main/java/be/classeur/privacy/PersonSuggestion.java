package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.Pupil;
import java.time.LocalDate;

/**
 * A person in the records who may be the requester, with what helps to tell namesakes apart. For a pupil, the birth
 * date and school year also tell whether they were a minor on a given day.
 */
public record PersonSuggestion(DataSubjectRef ref, String name, String email, String phone, LocalDate birthDate,
                               SchoolYear schoolYear) {
    public PersonSuggestion(DataSubjectRef ref, String name, String email, String phone, LocalDate birthDate) {
        this(ref, name, email, phone, birthDate, null);
    }

    public PersonSuggestion(DataSubjectRef ref, String name, String email) {
        this(ref, name, email, null, null, null);
    }

    /** Whether this pupil's age is unknown (no birth date): not presumed a minor, to be checked. */
    public boolean ageUnknown() {
        return ref.kind() == be.classeur.kernel.PersonKind.PUPIL && Pupil.isAgeUnknown(birthDate);
    }

    /** Whether this pupil was a minor on that day, by the people module's rule ({@link Pupil#isMinorOn}). */
    public boolean minorOn(LocalDate day) {
        return Pupil.isMinor(birthDate, schoolYear, day);
    }
}
