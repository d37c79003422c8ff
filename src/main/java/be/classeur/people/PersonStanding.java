package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What another module needs to know before it works on a person's record: their name, birth date (pupils only) and
 * whether the record may be worked on (archived, restricted under art. 18, or the pseudonymous trace of an erased
 * person) and has an e-mail address.
 */
public record PersonStanding(DataSubjectRef ref, String name, @Nullable LocalDate birthDate, boolean archived,
                             boolean restricted, boolean anonymised, boolean hasEmail) {
}
