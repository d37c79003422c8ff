package be.classeur.privacy;

import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.SystemJob;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the privacy jobs run, each as its own system principal (see {@link SystemJob}). The jobs are separate beans so
 * that their {@code @PreAuthorize} and {@code @Transactional} apply to these calls.
 */
@Component
class PrivacySchedule {
    private final PrivacyAlertJob alerts;
    private final IdentityCopyExpiryJob identityCopies;

    PrivacySchedule(PrivacyAlertJob alerts, IdentityCopyExpiryJob identityCopies) {
        this.alerts = alerts;
        this.identityCopies = identityCopies;
    }

    @Scheduled(cron = "0 0 7 * * *", zone = DisplayFormats.ZONE_NAME)
    void privacyAlerts() {
        SystemJob.run(PrivacyAlertJob.NAME, alerts::report);
    }

    @Scheduled(cron = "0 0 7 * * *", zone = DisplayFormats.ZONE_NAME)
    void identityCopyExpiry() {
        SystemJob.run(IdentityCopyExpiryJob.NAME, identityCopies::deleteExpired);
    }
}
