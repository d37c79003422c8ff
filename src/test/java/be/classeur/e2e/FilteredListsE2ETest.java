package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.consent.ConsentLocations;
import be.classeur.kernel.RequestLocations;
import be.classeur.retention.RetentionLocations;
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
 * Issue 12, in a real browser: the consents' page fits a phone (390 px: its selects no longer push the page
 * sideways), and the dashboard's links open their lists with the filter shown. Screenshots in target/screenshots/.
 */
class FilteredListsE2ETest extends E2ESupport {
    /** How far the page or any select sticks out past the window's right edge (0: it fits). */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            let worst = document.documentElement.scrollWidth - width;
            document.querySelectorAll('vaadin-select').forEach(s => {
              worst = Math.max(worst, Math.ceil(s.getBoundingClientRect().right - width));
            });
            return worst;""";

    @Override
    protected String evidenceName() {
        return "filtered-lists-e2e";
    }

    @Test
    void theConsentsFitAPhoneAndTheLinksShowTheirFilter() throws IOException {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() throws IOException {
        login(DemoAccounts.PRIVACY_OFFICER);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(baseUrl() + "/" + ConsentLocations.consents(null, "REFUSED"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".consent-filters vaadin-select")));
        wait.until(d -> ((Number) js(OVERFLOW)).intValue() <= 1);
        assertThat(((Number) js(OVERFLOW)).intValue()).as("the consents' page sticks out on a phone").isLessThanOrEqualTo(1);
        List<WebElement> selects = driver.findElements(By.cssSelector(".consent-filters vaadin-select"));
        assertThat(selects.get(1).getText()).as("the status the link gave").contains("Refusé");
        screenshot("consents-phone-refused");

        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get(baseUrl() + "/" + RetentionLocations.purge(RetentionLocations.PAST, null));
        wait.until(d -> !d.findElements(By.cssSelector(".filter-chip:not([hidden])")).isEmpty());
        assertThat(pageText()).contains("Limite dépassée, en attente");

        driver.get(baseUrl() + "/" + RequestLocations.requests("OVERDUE"));
        wait.until(d -> pageText().contains("Groupe du tableau de bord"));

        driver.get(baseUrl() + "/" + RetentionLocations.HOLDS);
        wait.until(d -> pageText().contains("Gels juridiques en vigueur"));
        screenshot("holds-in-force");
    }

    private void screenshot(String name) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
