package be.classeur.privacy;

import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the queue, the request's page and the intake read of a request, built the same way for all three. */
final class RequestRecords {
    private RequestRecords() {
    }

    /**
     * A row whose handler is shown by the display name found in {@code staffNames} (by login), else by login. Rows read
     * the stored dueOn: the entity keeps it equal to deadline() whenever receipt or extension changes.
     */
    static RequestRow row(RightsRequest r, LocalDate today, Map<String, String> staffNames) {
        String assignee = r.getAssignee();
        return new RequestRow(r.getId(), rightsOf(r), r.getRequesterName(), assignee, r.getStatus(),
                r.getReceivedOn(), r.getDueOn(), daysLeft(r, today),
                assignee == null ? null : staffNames.getOrDefault(assignee, assignee));
    }

    static @Nullable Long daysLeft(RightsRequest r, LocalDate today) {
        return r.getStatus().isOpen() ? ChronoUnit.DAYS.between(today, r.getDueOn()) : null;
    }

    static Set<Right> rightsOf(RightsRequest r) {
        EnumSet<Right> rights = EnumSet.noneOf(Right.class);
        rights.addAll(r.getRights());
        return rights;
    }

    static List<CoveredSubject> covered(RightsRequest r) {
        return r.getSubjects().stream().map(s -> new CoveredSubject(s.getId() == null ? 0 : s.getId(), s.person(),
                s.getRole(), s.getMatchConfirmedAt(), s.getMatchConfirmedBy())).toList();
    }
}
