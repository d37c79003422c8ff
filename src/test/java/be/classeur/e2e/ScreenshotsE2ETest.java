package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.consent.PurposeLocations;
import be.classeur.consent.ui.ConsentsView;
import be.classeur.people.PersonLocations;
import be.classeur.retention.RetentionLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Pictures of the pupils' list, and of the privacy officer's consent and retention pages, on a desktop screen and on a phone, in target/screenshots/, for a person to look at
 * (layout, wrapping, what a phone user can reach). The test only checks that the list shows rows at both sizes.
 */
class ScreenshotsE2ETest extends E2ESupport {

    @Test
    void pupilsGridOnADesktopAndOnAPhone() throws IOException {
        try {
            login(DemoAccounts.ADMIN);
            screenshot("pupils", "pupils-1440x900", 1440, 900);
            screenshot("pupils", "pupils-390x844", 390, 844);
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    @Test
    void thePrivacyOfficersConsentAndRetentionPagesOnADesktopAndOnAPhone() throws IOException {
        try {
            login(DemoAccounts.PRIVACY_OFFICER);
            for (String path : List.of(be.classeur.dashboard.DashboardLocations.DASHBOARD, be.classeur.audit.AuditLocations.LOG,
                    RetentionLocations.HOLDS, be.classeur.consent.ConsentLocations.CONSENTS, PurposeLocations.PURPOSES,
                    RetentionLocations.RULES, RetentionLocations.PURGE)) {
                String name = path.replace('/', '-');
                page(path, name + "-1440x900", 1440, 900);
                page(path, name + "-390x844", 390, 844);
            }
            // A pupil's page, with its consents and its retention sections.
            resize(1440, 900);
            driver.get(baseUrl() + "/" + PersonLocations.PUPILS);
            WebElement grid = wait.until(d -> d.findElements(By.tagName("vaadin-grid")).stream().findFirst().orElse(null));
            newWait().until(d -> !gridRows(grid).isEmpty());
            String pupil = wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a[href]")).stream()
                    .map(a -> a.getAttribute("href")).filter(h -> h != null && h.contains("/" + PersonLocations.PUPILS + "/"))
                    .findFirst().orElse(null));
            String path = pupil.substring(pupil.indexOf(PersonLocations.PUPILS));
            page(path, "pupil-page-1440x900", 1440, 900);
            page(path, "pupil-page-390x844", 390, 844);
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    /** Opens the page at the given size once its content shows, and saves what the screen shows. */
    private void page(String path, String name, int width, int height) throws IOException {
        resize(width, height);
        driver.get(baseUrl() + "/" + path);
        newWait().withMessage(() -> name + ": the page's content").until(d -> d.findElements(By.tagName("main")).stream()
                .anyMatch(main -> main.getText().strip().length() > 20));
        save(name);
    }

    private void resize(int width, int height) {
        if (driver instanceof ChromiumDriver chromium) {
            chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        } else {
            driver.manage().window().setSize(new Dimension(width, height));
        }
    }

    private void save(String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens the page at the given window size once its grid has rows, and saves target/screenshots/name.png. */
    private void screenshot(String path, String name, int width, int height) throws IOException {
        // The viewport itself (a window size would include the browser's frame), as a phone when narrow.
        resize(width, height);
        driver.get(baseUrl() + "/" + path);
        WebElement grid = wait.until(d -> d.findElements(By.tagName("vaadin-grid")).stream().findFirst().orElse(null));
        newWait().withMessage(() -> name + ": grid rows").until(d -> {
            var rows = gridRows(grid);
            return rows != null && !rows.isEmpty();
        });
        assertThat(gridRows(grid)).isNotEmpty();
        save(name);
    }

    @Override
    protected String evidenceName() {
        return "screenshots-e2e";
    }
}
