package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.dashboard.DashboardLocations;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.RequestLocations;
import be.classeur.retention.RetentionLocations;
import be.classeur.retention.domain.PurgeStatus;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy officer signs in and lands on the dashboard, follows a "nearing the limit" figure to the purge list,
 * opens a person, places a legal hold, comes back and sees the holds in force go up by one; then opens an overdue
 * request from the overdue figure (the demo has some).
 */
class DashboardJourneyE2ETest extends E2ESupport {
    private static final String HOLD_DIALOG = "Placer un gel juridique";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final String reason = "Contrôle de l’inspection " + randomLetters(8);

    @AfterEach
    void liftTheHold() {
        // Other journeys count holds in force: the one placed here is lifted.
        jdbc.update("update legal_hold set lifted_at = current_timestamp, lifted_by = 'e2e' where reason = ?", reason);
    }

    @Test
    void officerFollowsTheFiguresToTheListsBehindThem() {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() {
        login(DemoAccounts.PRIVACY_OFFICER);
        wait.until(ExpectedConditions.urlMatches("/" + DashboardLocations.DASHBOARD + "/?$"));
        wait.until(d -> "Tableau de bord".equals(headingText()));
        long holdsBefore = figure(RetentionLocations.HOLDS);

        // "Nearing the limit" for a category that has some.
        String nearing = null;
        for (PersonKind kind : PersonKind.values()) {
            String href = RetentionLocations.purge(PurgeStatus.NEARING.name(), kind);
            if (figure(href) > 0) {
                nearing = href;
                break;
            }
        }
        assertThat(nearing).as("the demo has people nearing their retention limit").isNotNull();
        click(link(nearing));
        wait.until(ExpectedConditions.urlContains("status=NEARING"));
        WebElement person = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(person);
        wait.until(ExpectedConditions.urlMatches("/(pupils|guardians|trainers)/\\d+$"));

        // A legal hold, from the person's retention section.
        click(button(HOLD_DIALOG, null));
        type(input(field("vaadin-text-area", "Motif", HOLD_DIALOG)), reason);
        click(button(HOLD_DIALOG, HOLD_DIALOG));
        wait.until(d -> pageText().contains(reason));

        // Back on the dashboard through the menu: one more hold in force.
        click(wait.until(d -> d.findElement(By.cssSelector("vaadin-side-nav-item[path='" + DashboardLocations.DASHBOARD + "']"))));
        wait.until(ExpectedConditions.urlMatches("/" + DashboardLocations.DASHBOARD + "/?$"));
        newWait().withMessage(() -> "holds in force after placing one").until(d -> figure(RetentionLocations.HOLDS) == holdsBefore + 1);

        // An overdue request, opened from its figure.
        String overdue = RequestLocations.requests("OVERDUE");
        assertThat(figure(overdue)).as("the demo has overdue requests").isPositive();
        click(link(overdue));
        wait.until(ExpectedConditions.urlContains("bucket=OVERDUE"));
        WebElement request = wait.until(d -> d.findElements(
                        By.cssSelector("vaadin-grid-cell-content a[href^='" + RequestLocations.REQUESTS + "/']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(request);
        wait.until(ExpectedConditions.urlMatches("/" + RequestLocations.REQUESTS + "/\\d+$"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(jdbc.queryForObject("select count(*) from rights_request where id = ? and due_on < ?"
                        + " and status in ('RECEIVED', 'AWAITING_IDENTITY', 'IN_PROGRESS', 'EXTENDED')",
                Integer.class, id, LocalDate.now(clock))).as("the request opened is overdue").isEqualTo(1);
    }

    /** The dashboard's link to a list. */
    private WebElement link(String href) {
        return newWait().withMessage(() -> "figure linking to " + href).until(d -> d.findElements(
                By.cssSelector("a.dash-number[href='" + href + "']")).stream().findFirst().orElse(null));
    }

    /** The number a figure shows. */
    private long figure(String href) {
        return Long.parseLong(link(href).getText().strip());
    }

    @Override
    protected String evidenceName() {
        return "e2e-dashboard-failure";
    }
}
