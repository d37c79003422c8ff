package be.classeur.audit;

import be.classeur.kernel.DataSubjectRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log as the privacy officer reads it: who acted by name (the account's display name, or the
 * stored text of a job such as "system") with the roles held then; whom and which request the line concerns, if any.
 * {@code subjectName} is the person's current name, null when the record is gone. {@code detail} is plain text.
 */
public record AuditRow(long id, Instant occurredAt, @Nullable Long accountId, String actor, @Nullable String roles,
                       String action, @Nullable DataSubjectRef subject, @Nullable String subjectName,
                       @Nullable Long requestId, @Nullable String detail) {
}
