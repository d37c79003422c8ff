package be.classeur.privacy;

import be.classeur.kernel.DataSubjectRef;
import java.time.LocalDate;

/** A person in the records who may be the requester, with what helps to tell namesakes apart. */
public record PersonSuggestion(DataSubjectRef ref, String name, String email, String phone, LocalDate birthDate) {
    public PersonSuggestion(DataSubjectRef ref, String name, String email) {
        this(ref, name, email, null, null);
    }
}
