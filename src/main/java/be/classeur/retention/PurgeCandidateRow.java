package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.retention.domain.PurgeStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the purge list: the person by reference (no name), their limit, the status and the last result. */
public record PurgeCandidateRow(long id, DataSubjectRef person, LocalDate keepUntil, Instant listedAt, PurgeStatus status,
                                @Nullable Message result, @Nullable String decidedBy, @Nullable Instant decidedAt) {
}
