package be.classeur.privacy;

import be.classeur.privacy.domain.RequestStatus;
import java.time.Instant;

/** One line of a request's status history. {@code from} is null for the first line (the request was recorded). */
public record StatusChangeRow(RequestStatus from, RequestStatus to, String changedBy, Instant changedAt, String note) {
}
