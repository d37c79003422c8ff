package be.classeur.e2e;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One click, one action in a real browser: a writing button is disabled and shows that it is working from the click
 * until the server's answer, and a double click on "mark as sent" records one letter.
 */
class OneClickE2ETest extends E2ESupport {
    private static final String MARK_SENT = "Marquer comme envoyée";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void aWritingButtonIsDisabledAndWorkingFromTheClickAndADoubleClickRecordsOneLetter() {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() {
        // A request of its own, in progress (where "mark as sent" is offered), so that no demo request is changed.
        long requestId = as(users, "dpo", () -> {
            long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, unique("Double Clic "), null, null,
                    RequestChannel.POST, LocalDate.now(clock), null));
            requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
            return id;
        });
        long before = letters(requestId);
        login(DemoAccounts.PRIVACY_OFFICER);
        driver.get(baseUrl() + "/privacy/requests/" + requestId);

        // No date is assumed: the officer says when the letter went out.
        typeDate(field("vaadin-date-picker", "Envoyé le", null), BELGIAN_DATE.format(LocalDate.now(clock)));

        // The state right after the click's own handlers, before any answer can arrive (one script, no await).
        WebElement markSent = button(MARK_SENT, null);
        @SuppressWarnings("unchecked")
        List<Boolean> atTheClick = (List<Boolean>) js("""
                const button = arguments[0];
                button.click();
                return [button.disabled, button.hasAttribute('working')];""", markSent);
        assertThat(atTheClick).as("disabled, working").containsExactly(true, true);
        // The answer enables it again and ends the working state.
        newWait().until(d -> Boolean.TRUE.equals(js("return !arguments[0].disabled && !arguments[0].hasAttribute('working');", markSent)));
        assertThat(letters(requestId)).isEqualTo(before + 1);

        new Actions(driver).doubleClick(button(MARK_SENT, null)).perform();
        newWait().until(d -> Boolean.TRUE.equals(js("return !arguments[0].disabled && !arguments[0].hasAttribute('working');", markSent)));
        assertThat(letters(requestId)).as("one letter for a double click").isEqualTo(before + 2);
    }

    private long letters(long requestId) {
        return jdbc.queryForObject("select count(*) from privacy_letter_sent where request_id = ?", Long.class, requestId);
    }

    @Override
    protected String evidenceName() {
        return "one-click-e2e";
    }
}
