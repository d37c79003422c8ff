package be.classeur.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.audit.AuditLog;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.kernel.PersonKind;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeFilter;
import org.jspecify.annotations.Nullable;
import be.classeur.retention.PurgeService;
import be.classeur.retention.domain.PurgeStatus;
import be.classeur.support.TestSupport;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard on the real database and security: each figure equals the count of the list it opens, on demo data
 * and after a small fixture of requests; an administrator reads the figures without the officer's lists.
 */
@SpringBootTest
@WithUserDetails("dpo")
class DashboardViewTest extends SpringBrowserlessTest {
    private static final PageRequest EVERYTHING = PageRequest.of(0, 10_000);

    @Autowired
    RequestQueueService queue;
    @Autowired
    RequestIntakeService intake;
    @Autowired
    PurgeService purge;
    @Autowired
    ConsentLedger consents;
    @Autowired
    LegalHoldService holds;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    private final List<Long> recorded = new ArrayList<>();

    @AfterEach
    void removeTheFixture() {
        // Closed, so that other tests' queues and alerts do not see them as open.
        for (long id : recorded) {
            jdbc.update("update rights_request set status = 'CLOSED' where id = ?", id);
        }
    }

    @Test
    void eachFigureEqualsTheListItOpensOnDemoData() {
        DashboardView view = navigate(DashboardView.class);
        assertFiguresMatchTheLists(view);
        // The demo has overdue requests, and they are shown as needing action.
        assertThat(view.figures.get("requests.OVERDUE").count()).isPositive();
        assertThat(view.figures.get("requests.OVERDUE").href()).isEqualTo(DashboardLinks.requests(DeadlineBucket.OVERDUE));
        assertThat(view.figures.get("retention.nearing.PUPIL").href()).isEqualTo(DashboardLinks.nearing(PersonKind.PUPIL));
        assertThat(view.figures.get("consent.PHOTOS.GRANTED").href()).isEqualTo(DashboardLinks.consents("PHOTOS", ConsentStatus.GRANTED));
        assertThat(view.figures.get("security.failedLogins").href())
                .isEqualTo(DashboardLinks.auditLog(AuditLog.FAILED_LOGINS, LocalDate.now(clock).minusDays(DashboardView.SECURITY_DAYS - 1)));
    }

    @Test
    void aFixtureOfRequestsMovesEachDeadlineFigureByItsOwnCount() {
        Map<String, Long> before = counts(navigate(DashboardView.class));
        LocalDate today = LocalDate.now(clock);
        record(today.minusDays(60)); // overdue
        record(today.minusDays(70)); // overdue
        record(today.minusDays(27)); // due within 7 days
        record(today); // later

        // Counted again when the page is entered again (the same view instance is kept on the same route).
        DashboardView view = navigate(DashboardView.class);
        Map<String, Long> after = counts(view);
        assertThat(after.get("requests.OVERDUE") - before.get("requests.OVERDUE")).isEqualTo(2);
        assertThat(after.get("requests.DUE_SOON") - before.get("requests.DUE_SOON")).isEqualTo(1);
        assertThat(after.get("requests.LATER") - before.get("requests.LATER")).isEqualTo(1);
        assertFiguresMatchTheLists(view);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsTheFiguresWithoutTheOfficersLists() {
        DashboardView view = navigate(DashboardView.class);
        for (DeadlineBucket bucket : DeadlineBucket.values()) {
            assertThat(view.figures.get("requests." + bucket.name()).href()).as(bucket.name()).isNull();
        }
        assertThat(view.figures.get("retention.nearing.PUPIL").href()).isNull();
        assertThat(view.figures.get("retention.queue").href()).isNull();
        // The lists an administrator may open stay links.
        assertThat(view.figures.get("retention.holds").href()).isEqualTo(DashboardLinks.holds());
        assertThat(view.figures.get("restricted.GUARDIAN").href()).isEqualTo(DashboardLinks.restricted(PersonKind.GUARDIAN));
        assertThat(view.figures.get("consent.PHOTOS.REFUSED").href()).isNotNull();
        assertThat(view.figures.get("security.accessDenials").href()).isNull();
        assertThat(view.figures.get("requests.OVERDUE").count())
                .isEqualTo(TestSupport.as(users, "dpo", () -> queue.figures().count(DeadlineBucket.OVERDUE)));
        // No number is a link to a page the administrator would be refused.
        assertThat(view.getElement().getOuterHTML()).doesNotContain("href=\"" + DashboardLinks.past(null) + "\"")
                .doesNotContain("privacy/requests");
    }

    @Test
    void theChartHasItsWordsAndItsNumbers() {
        DashboardView view = navigate(DashboardView.class);
        String html = view.getElement().getOuterHTML();
        assertThat(html).contains("role=\"img\"").contains("aria-label=\"Photos : ");
        assertThat(html).contains("<table").contains("Donné").contains("Retiré").contains("Refusé");
        assertThat(html).contains("<h2>Tableau de bord</h2>").contains("<h3>Consentements par finalité</h3>");
    }

    private void assertFiguresMatchTheLists(DashboardView view) {
        for (DeadlineBucket bucket : DeadlineBucket.values()) {
            assertThat(view.figures.get("requests." + bucket.name()).count()).as(bucket.name())
                    .isEqualTo(queue.search(RequestFilter.of(bucket), EVERYTHING).getNumberOfElements());
        }
        for (PersonKind kind : PersonKind.values()) {
            assertThat(view.figures.get("retention.nearing." + kind.name()).count()).as("nearing " + kind)
                    .isEqualTo(purgeList(kind, PurgeStatus.NEARING));
            assertThat(view.figures.get("retention.past." + kind.name()).count()).as("past " + kind)
                    .isEqualTo(purgeList(kind, PurgeStatus.QUEUED) + purgeList(kind, PurgeStatus.FAILED));
            assertThat(view.figures.get("restricted." + kind.name()).count()).as("restricted " + kind)
                    .isEqualTo(jdbc.queryForObject("select count(*) from " + kind.name().toLowerCase()
                            + " where restricted = true and anonymised_at is null", Long.class));
        }
        assertThat(view.figures.get("retention.queue").count())
                .isEqualTo(purgeList(null, PurgeStatus.QUEUED) + purgeList(null, PurgeStatus.FAILED));
        assertThat(view.figures.get("retention.holds").count())
                .isEqualTo(holds.inForce(EVERYTHING).getNumberOfElements());
        for (Map.Entry<String, Map<ConsentStatus, Long>> purpose : consents.countsByPurpose().entrySet()) {
            for (ConsentStatus status : DashboardView.CHART_ORDER) {
                assertThat(view.figures.get("consent." + purpose.getKey() + "." + status.name()).count())
                        .as(purpose.getKey() + " " + status)
                        .isEqualTo(consents.peopleWith(purpose.getKey(), status, EVERYTHING).getNumberOfElements());
            }
        }
        Timestamp since = Timestamp.from(LocalDate.now(clock).minusDays(DashboardView.SECURITY_DAYS)
                .atStartOfDay(clock.getZone()).toInstant());
        assertThat(view.figures.get("security.failedLogins").count()).isEqualTo(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN_FAILED' and occurred_at >= ?", Long.class, since));
        assertThat(view.figures.get("security.accessDenials").count()).isEqualTo(jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and occurred_at >= ?", Long.class, since));
    }

    private long purgeList(@Nullable PersonKind kind, PurgeStatus status) {
        return purge.candidates(new PurgeFilter(kind, status, null, null), EVERYTHING).getNumberOfElements();
    }

    private static Map<String, Long> counts(DashboardView view) {
        Map<String, Long> counts = new java.util.HashMap<>();
        view.figures.forEach((key, figure) -> counts.put(key, figure.count()));
        return counts;
    }

    private void record(LocalDate receivedOn) {
        recorded.add(intake.record(new RequestIntake(Set.of(Right.ACCESS), null, TestSupport.unique("Tableau "), null, null,
                RequestChannel.POST, receivedOn, null)));
    }
}
