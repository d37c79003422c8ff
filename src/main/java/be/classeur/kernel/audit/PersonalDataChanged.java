package be.classeur.kernel.audit;

import be.classeur.kernel.DataSubjectRef;
import org.jspecify.annotations.Nullable;

/** Someone created, changed, archived or linked a person's record; {@code requestId} when done on a rights request. */
public record PersonalDataChanged(@Nullable DataSubjectRef subject, String action, @Nullable String detail,
                                  @Nullable Long requestId) implements AuditEvent {
    public PersonalDataChanged(@Nullable DataSubjectRef subject, String action, @Nullable String detail) {
        this(subject, action, detail, null);
    }
}
