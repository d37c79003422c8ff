package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Pictures of the pupils' list on a desktop screen and on a phone, in target/screenshots/, for a person to look at
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

    /** Opens the page at the given window size once its grid has rows, and saves target/screenshots/name.png. */
    private void screenshot(String path, String name, int width, int height) throws IOException {
        // The viewport itself (a window size would include the browser's frame), as a phone when narrow.
        if (driver instanceof ChromiumDriver chromium) {
            chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        } else {
            driver.manage().window().setSize(new Dimension(width, height));
        }
        driver.get(baseUrl() + "/" + path);
        WebElement grid = wait.until(d -> d.findElements(By.tagName("vaadin-grid")).stream().findFirst().orElse(null));
        newWait().withMessage(() -> name + ": grid rows").until(d -> {
            var rows = gridRows(grid);
            return rows != null && !rows.isEmpty();
        });
        assertThat(gridRows(grid)).isNotEmpty();
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    protected String evidenceName() {
        return "screenshots-e2e";
    }
}
