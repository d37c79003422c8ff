package be.classeur.alerts;

import be.classeur.accounts.PrivacyOfficerNotices;
import be.classeur.accounts.PrivacyOfficerNotices.Draft;
import be.classeur.accounts.PrivacyOfficerNotices.Officer;
import be.classeur.kernel.DisplayFormats;
import be.classeur.dashboard.DashboardLocations;
import be.classeur.kernel.RequestLocations;
import be.classeur.kernel.SystemJob;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.IdentityCopiesHeld;
import be.classeur.privacy.IdentityProofService;
import be.classeur.privacy.RequestFigures;
import be.classeur.privacy.RequestQueueService;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionLocations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning at 7 (Brussels time), as the system job {@value SystemJob#MORNING_ALERTS}: reads the counts of what
 * waits for the privacy officers and, for each enabled officer account, writes one in-app notice per non-zero
 * category (with a link to the list behind it) and sends one e-mail digest when SMTP is configured and the account has
 * an address. Each officer's morning is claimed first ({@link PrivacyOfficerNotices#claimMorning}), so a restart or a
 * second instance sends nothing twice; the ShedLock lock also keeps two instances from running it at once.
 */
@Component
public class MorningAlertsJob {
    private static final Logger log = LoggerFactory.getLogger(MorningAlertsJob.class);

    private final RequestQueueService requests;
    private final IdentityProofService identityProofs;
    private final PurgeService purge;
    private final PrivacyOfficerNotices officers;
    private final MorningDigestMailer mailer;
    private final Clock clock;

    MorningAlertsJob(RequestQueueService requests, IdentityProofService identityProofs, PurgeService purge,
                     PrivacyOfficerNotices officers, MorningDigestMailer mailer, Clock clock) {
        this.requests = requests;
        this.identityProofs = identityProofs;
        this.purge = purge;
        this.officers = officers;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What one morning found and did: the alerts, and how many officers got notices and e-mails. */
    public record Run(List<Alert> alerts, int officersNotified, int digestsSent) {
    }

    /** One non-zero category: its translation key (with {@code .notice}, {@code .digest}), its figures, its list. */
    public record Alert(String key, List<String> arguments, String link) {
    }

    @Scheduled(cron = "0 0 7 * * *", zone = DisplayFormats.ZONE_NAME)
    @SchedulerLock(name = SystemJob.MORNING_ALERTS, lockAtMostFor = "PT30M")
    public void morning() {
        SystemJob.run(SystemJob.MORNING_ALERTS, this::run);
    }

    /** Today's alerts; to be called as the system job (the counts and the officers' accounts check it). */
    public Run run() {
        return run(LocalDate.now(clock));
    }

    Run run(LocalDate day) {
        List<Alert> alerts = alerts();
        if (alerts.isEmpty()) {
            log.info("Morning alerts: nothing waits for the privacy officers");
            return new Run(alerts, 0, 0);
        }
        int notified = 0;
        int mailed = 0;
        List<Draft> drafts = alerts.stream().map(a -> new Draft(a.key() + ".notice", a.arguments(), a.link())).toList();
        for (Officer officer : officers.privacyOfficers()) {
            try {
                if (!officers.notifyOnce(officer.accountId(), day, drafts)) {
                    continue;
                }
            } catch (RuntimeException failure) {
                // One officer's failure must not keep the others uninformed; this one is tried again at the next run.
                log.error("Morning alerts: the notices to account #{} could not be written", officer.accountId(), failure);
                continue;
            }
            notified++;
            if (officer.email() != null && mailer.enabled()) {
                try {
                    mailer.send(officer.email(), officer.locale(), alerts);
                    mailed++;
                } catch (RuntimeException failure) {
                    // The in-app notices are written; the digest is not retried (at most one a morning).
                    log.error("Morning alerts: the digest to account #{} could not be sent", officer.accountId(), failure);
                }
            }
        }
        log.info("Morning alerts: {} categories, notices to {} officer(s), {} digest(s) sent", alerts.size(), notified, mailed);
        return new Run(alerts, notified, mailed);
    }

    /** The non-zero categories, from count queries only. */
    List<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>();
        RequestFigures figures = requests.figures();
        for (DeadlineBucket bucket : List.of(DeadlineBucket.OVERDUE, DeadlineBucket.DUE_SOON, DeadlineBucket.EXTENSION_NOTICE_UNSENT)) {
            long count = figures.count(bucket);
            if (count > 0) {
                alerts.add(new Alert("alerts.requests." + bucket.name(), List.of(String.valueOf(count)),
                        RequestLocations.requests(bucket.name())));
            }
        }
        IdentityCopiesHeld copies = identityProofs.copiesHeld();
        if (copies.nearLimit(clock)) {
            // No list of identity copies exists: the dashboard shows them with their age.
            alerts.add(new Alert("alerts.identityCopies", List.of(String.valueOf(copies.count()),
                    String.valueOf(copies.oldestAgeDays(clock)), String.valueOf(copies.maxAgeDays())),
                    DashboardLocations.DASHBOARD));
        }
        long waiting = purge.counts().past();
        if (waiting > 0) {
            alerts.add(new Alert("alerts.purgeQueue", List.of(String.valueOf(waiting)), RetentionLocations.purge(RetentionLocations.PAST, null)));
        }
        return alerts;
    }
}
