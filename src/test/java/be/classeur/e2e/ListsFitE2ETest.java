package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountLocations;
import be.classeur.accounts.DemoAccounts;
import be.classeur.courses.GroupLocations;
import be.classeur.kernel.RequestLocations;
import be.classeur.people.PersonLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lists in a real browser (issue 10): at 1280 px every list shows its default columns without a horizontal
 * scroll bar, a navigation label is never cut, one click on a row opens the record, and a phone-sized window shows a
 * card per row. Screenshots in target/screenshots/.
 */
class ListsFitE2ETest extends E2ESupport {
    /** How far the grid's table overflows sideways (0: no horizontal scrolling). */
    private static final String OVERFLOW = """
            const table = arguments[0].shadowRoot.querySelector('#table');
            return table.scrollWidth - table.clientWidth;""";
    private static final String SHOWN_COLUMNS = """
            return Array.from(arguments[0].querySelectorAll('vaadin-grid-column')).filter(c => !c.hidden).length;""";

    @Override
    protected String evidenceName() {
        return "lists-fit-e2e";
    }

    @Test
    void listsFitAt1280OpenWithOneClickAndBecomeCardsOnAPhone() throws IOException {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() throws IOException {
        driver.manage().window().setSize(new Dimension(1280, 800));
        login(DemoAccounts.DIRECTOR); // administrator and privacy officer: every list

        for (String path : List.of(PersonLocations.PUPILS, PersonLocations.GUARDIANS, PersonLocations.TRAINERS,
                GroupLocations.GROUPS, RequestLocations.REQUESTS, AccountLocations.ACCOUNTS)) {
            driver.get(baseUrl() + "/" + path);
            WebElement grid = gridWithRows();
            wait.until(d -> ((Number) js(OVERFLOW, grid)).intValue() <= 1);
            assertThat(((Number) js(OVERFLOW, grid)).intValue()).as(path + " scrolls sideways at 1280 px").isLessThanOrEqualTo(1);
            if (path.equals(PersonLocations.PUPILS) || path.equals(RequestLocations.REQUESTS)) {
                screenshot("list-1280-" + path.replace('/', '-'));
            }
        }

        // The longest navigation label is shown whole (it wraps rather than being cut).
        WebElement requestsLabel = wait.until(d -> d.findElement(
                By.cssSelector("vaadin-side-nav-item[path='" + RequestLocations.REQUESTS + "'] .classeur-nav-label")));
        assertThat(requestsLabel.getText().strip()).isEqualTo("Demandes d’exercice des droits");
        assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth;", requestsLabel)).intValue())
                .as("the label is not cut").isLessThanOrEqualTo(0);

        // One click on a row (not on the name link) opens the pupil.
        driver.get(baseUrl() + "/" + PersonLocations.PUPILS);
        WebElement pupils = gridWithRows();
        WebElement someCell = wait.until(d -> pupils.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.findElements(By.tagName("a")).isEmpty() && !c.getText().isBlank()
                        && c.getText().matches("\\d{2}/\\d{2}/\\d{4}"))
                .findFirst().orElse(null));
        click(someCell);
        wait.until(ExpectedConditions.urlMatches("/" + PersonLocations.PUPILS + "/\\d+$"));

        // A row's own button does its action only: the password dialog, not also the account's form.
        driver.get(baseUrl() + "/" + AccountLocations.ACCOUNTS);
        WebElement accounts = gridWithRows();
        WebElement passwordButton = wait.until(d -> accounts.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-button"))
                .stream().filter(b -> String.valueOf(b.getDomAttribute("aria-label")).startsWith("Définir le mot de passe"))
                .findFirst().orElse(null));
        click(passwordButton);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        new org.openqa.selenium.interactions.Actions(driver).pause(java.time.Duration.ofSeconds(1)).perform();
        assertThat(driver.findElements(By.cssSelector("vaadin-dialog[opened]"))).as("one dialog").hasSize(1);
        assertThat(pageText()).contains("Nouveau mot de passe pour");
        driver.navigate().refresh();

        // A phone: one card per row, no column picker.
        driver.get(baseUrl() + "/" + PersonLocations.PUPILS);
        WebElement list = gridWithRows();
        driver.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> ((Number) js(SHOWN_COLUMNS, list)).intValue() == 1);
        wait.until(d -> !list.findElements(By.cssSelector(".classeur-card")).isEmpty());
        screenshot("list-phone-pupils");
    }

    private WebElement gridWithRows() {
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        wait.until(d -> {
            List<String> rows = gridRows(grid);
            return rows != null && !rows.isEmpty();
        });
        return grid;
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
