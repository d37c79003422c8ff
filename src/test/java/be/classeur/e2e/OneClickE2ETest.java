package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One click, one action in a real browser: a writing button is disabled and shows that it is working from the click
 * until the server's answer, and a double click on "mark as sent" records one letter.
 */
class OneClickE2ETest extends E2ESupport {
    private static final String MARK_SENT = "Marquer comme envoyée";

    @Autowired
    JdbcTemplate jdbc;

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
        long requestId = jdbc.queryForObject("select min(id) from rights_request", Long.class);
        long before = letters(requestId);
        login(DemoAccounts.PRIVACY_OFFICER);
        driver.get(baseUrl() + "/privacy/requests/" + requestId);

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
