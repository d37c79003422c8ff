package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;

/** Someone created, changed, archived or linked a person's record. */
public record PersonalDataChanged(DataSubjectRef subject, String action, String detail) implements AuditEvent {
}
