package be.classeur.people;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.PupilStage;
import java.time.LocalDate;

/** One line of the pupil grid. */
public record PupilRow(Long id, String firstName, String lastName, LocalDate birthDate, SchoolYear schoolYear,
                       String schoolName, PupilStage stage, String email, String phone, LocalDate lastContactDate,
                       boolean archived) {
}
