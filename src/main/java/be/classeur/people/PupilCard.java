package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pupil as other modules show them beside their own data (a group's roster, an enrolment): the name, the school
 * year, the subjects asked for, and whether the record is restricted (art. 18), so that a restricted pupil's data is
 * stored but not used. Nothing else: no address, no birth date, no notes.
 */
public record PupilCard(long id, String firstName, String lastName, @Nullable SchoolYear schoolYear, List<String> subjects,
                        boolean restricted) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
