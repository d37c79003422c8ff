package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;
import org.jspecify.annotations.Nullable;

/**
 * The audit event types every module publishes with Spring's event publisher; the audit module stores them.
 * {@code subject} is null for events that concern no data subject (a login failure, an account change).
 */
public sealed interface AuditEvent permits PersonalDataAccessed, PersonalDataChanged, SecurityEvent {
    @Nullable DataSubjectRef subject();

    String action();

    @Nullable String detail();

    /** The rights request the event belongs to, if any, so that the audit log can open it from the line. */
    default @Nullable Long requestId() {
        return null;
    }
}
