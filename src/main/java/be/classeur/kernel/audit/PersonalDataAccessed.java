package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;

/** Someone opened a person's record. */
public record PersonalDataAccessed(DataSubjectRef subject, String action, String detail) implements AuditEvent {
    public static PersonalDataAccessed viewed(DataSubjectRef subject) {
        return new PersonalDataAccessed(subject, "VIEWED", null);
    }
}
