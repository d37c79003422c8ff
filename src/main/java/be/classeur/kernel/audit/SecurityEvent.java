package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;

/** A security-relevant fact: an account change, a refused access. */
public record SecurityEvent(DataSubjectRef subject, String action, String detail) implements AuditEvent {
    public static SecurityEvent of(String action, String detail) {
        return new SecurityEvent(null, action, detail);
    }
}
