package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;

/**
 * The audit event types every module publishes with Spring's event publisher; the audit module stores them.
 * {@code subject} is null for events that concern no data subject (a login failure, an account change).
 */
public sealed interface AuditEvent permits PersonalDataAccessed, PersonalDataChanged, SecurityEvent {
    DataSubjectRef subject();

    String action();

    String detail();
}
