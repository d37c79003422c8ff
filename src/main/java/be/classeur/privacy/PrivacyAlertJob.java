package be.classeur.privacy;

import be.classeur.kernel.SystemJob;
import be.classeur.privacy.domain.RightsRequestRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning at 7 (Brussels time), lists the open rights requests that are overdue or due within
 * {@value RequestQueueService#DUE_SOON_DAYS} days. It runs as the system job {@value #NAME} (see {@link PrivacySchedule}),
 * which may call nothing of the officer's, so it reads the repository itself. The log names request numbers only,
 * never the requesters.
 */
@Component
public class PrivacyAlertJob {
    public static final String NAME = "privacy-alerts";
    private static final Logger log = LoggerFactory.getLogger(PrivacyAlertJob.class);

    private final RightsRequestRepository requests;
    private final Clock clock;

    PrivacyAlertJob(RightsRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The alerts of today, most urgent first, also written to the log. */
    @PreAuthorize(SystemJob.ONLY + NAME + "'")
    @Transactional(readOnly = true)
    public List<PrivacyAlert> report() {
        LocalDate today = LocalDate.now(clock);
        List<PrivacyAlert> alerts = requests.findAll(RequestQueueService.dueSoonOrOverdue(today), Sort.by("dueOn", "id")).stream()
                .map(r -> new PrivacyAlert(r.getId(), r.getDueOn(), ChronoUnit.DAYS.between(today, r.getDueOn())))
                .toList();
        long overdue = alerts.stream().filter(PrivacyAlert::overdue).count();
        if (alerts.isEmpty()) {
            log.info("Rights requests: none overdue or due within {} days", RequestQueueService.DUE_SOON_DAYS);
        } else {
            log.warn("Rights requests: {} due within {} days, {} overdue", alerts.size() - overdue,
                    RequestQueueService.DUE_SOON_DAYS, overdue);
            alerts.forEach(a -> log.warn("Rights request {} {} (deadline {})", a.requestId(),
                    a.overdue() ? "OVERDUE by " + (-a.daysLeft()) + " day(s)" : "due in " + a.daysLeft() + " day(s)",
                    a.deadline()));
        }
        return alerts;
    }
}
