package be.classeur.privacy;

import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.LocalDate;
import java.util.Set;

/**
 * One line of the request queue. {@code daysLeft} counts calendar days from today to the deadline (negative when
 * overdue); it is null once the request is answered, refused or closed, because the clock no longer runs.
 * {@code assigneeName} is the display name of the officer handling it (the login only when no account has it).
 */
public record RequestRow(Long id, Set<Right> rights, String requester, String assignee, RequestStatus status,
                         LocalDate receivedOn, LocalDate deadline, Long daysLeft, String assigneeName) {
    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
