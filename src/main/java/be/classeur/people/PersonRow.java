package be.classeur.people;

import java.time.LocalDate;

/** One line of the guardian or trainer grid. */
public record PersonRow(Long id, String firstName, String lastName, String email, String phone, String city,
                        LocalDate lastContactDate, boolean archived) {
}
