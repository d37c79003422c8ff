package be.classeur.people;

import be.classeur.people.domain.Relationship;
import java.time.LocalDate;

/** A pupil–guardian link as the forms and detail pages show it, seen from either side. */
public record LinkRow(Long pupilId, String pupilName, LocalDate pupilBirthDate, Long guardianId, String guardianName,
                      String guardianPhone, String guardianEmail, Relationship relationship) {
}
