package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Keyboard and screen-reader users: focus lands on the page's heading after sign-in, after moving through the menu
 * and on opening a record (its name); closing a form gives focus back to the button that opened it; the "skip to content" link appears when focused and moves focus to the
 * {@code <main>} landmark.
 */
class KeyboardNavigationE2ETest extends E2ESupport {
    private static final String DIALOG_OPEN = "return [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened);";
    private static final String FOCUSED_HEADING = """
            const active = document.activeElement;
            return active && active.tagName === 'H1' ? active.textContent.trim() : null;""";

    @Test
    void focusFollowsThePageHeadingAndTheSkipLinkReachesTheContent() {
        try {
            login(DemoAccounts.ADMIN);
            focusedHeading("Élèves"::equals);

            // The menu: a client-side navigation.
            click(wait.until(d -> d.findElements(By.tagName("vaadin-side-nav-item")).stream()
                    .filter(i -> i.getText().strip().equals("Groupes")).findFirst().orElse(null)));
            focusedHeading("Groupes"::equals);

            // A record opened from the pupils' list: its name.
            driver.get(baseUrl() + "/pupils");
            WebElement link = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a[href^='pupils/']"))
                    .stream().findFirst().orElse(null));
            String listed = link.getText().strip();
            click(link);
            // The list shows "Last, First", the record "First Last".
            String lastName = listed.substring(0, listed.indexOf(','));
            focusedHeading(heading -> heading.contains(lastName) && !heading.equals("Élèves"));
            assertThat(driver.getCurrentUrl()).contains("/pupils/");

            // The edit form opened from the keyboard: closing it puts focus back on the button that opened it.
            WebElement edit = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().strip().equals("Modifier")).findFirst().orElse(null));
            js("arguments[0].focus();", edit);
            edit.sendKeys(Keys.ENTER);
            wait.until(d -> Boolean.TRUE.equals(js(DIALOG_OPEN)));
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> Boolean.FALSE.equals(js(DIALOG_OPEN)));
            newWait().withMessage(() -> "focus back on the edit button, not on " + js("return document.activeElement.outerHTML.slice(0, 200);"))
                    .until(d -> Boolean.TRUE.equals(js("return document.activeElement === arguments[0];", edit)));

            WebElement skip = driver.findElement(By.cssSelector("a.classeur-skip-link"));
            assertThat(skip.getDomAttribute("href")).isEqualTo("#main-content");
            js("arguments[0].focus();", skip);
            assertThat(((Number) js("return arguments[0].getBoundingClientRect().top;", skip)).doubleValue())
                    .as("visible when focused").isGreaterThanOrEqualTo(0);
            skip.sendKeys(Keys.ENTER);
            newWait().withMessage(() -> "focus on <main>").until(d -> Boolean.TRUE.equals(
                    js("return document.activeElement && document.activeElement.tagName === 'MAIN';")));
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    /** Waits until the focus is on an h1 whose text passes. */
    private void focusedHeading(Predicate<String> expected) {
        newWait().withMessage(() -> "focus on the page's heading, not on " + js("return document.activeElement.outerHTML.slice(0, 200);"))
                .until(d -> js(FOCUSED_HEADING) instanceof String text && expected.test(text));
    }

    @Override
    protected String evidenceName() {
        return "keyboard-navigation-e2e";
    }
}
