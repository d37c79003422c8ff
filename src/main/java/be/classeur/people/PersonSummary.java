package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;

/** What identifies a person in their record: name, birth date (pupils only), e-mail and phone. */
public record PersonSummary(DataSubjectRef ref, String name, LocalDate birthDate, String email, String phone) {
}
