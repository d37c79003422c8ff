package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;
import org.jspecify.annotations.Nullable;

/** Someone opened a person's record; {@code requestId} when it was done on a rights request. */
public record PersonalDataAccessed(@Nullable DataSubjectRef subject, String action, @Nullable String detail,
                                   @Nullable Long requestId) implements AuditEvent {
    public PersonalDataAccessed(@Nullable DataSubjectRef subject, String action, @Nullable String detail) {
        this(subject, action, detail, null);
    }

    public static PersonalDataAccessed viewed(DataSubjectRef subject) {
        return new PersonalDataAccessed(subject, "VIEWED", null);
    }
}
