package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's everyday journey through a real browser (Debian's headless Chromium): log in on the French
 * login page, create a 10-year-old pupil together with a new guardian, find the pupil again through the search
 * field of the lazy grid, open the detail page through the name link, and log out through the user menu.
 *
 * <p>Runs on whatever database the active profile gives (H2 by default, MariaDB with {@code -Pmariadb}). A missing
 * browser or driver fails the test: the end-to-end journey is part of the suite, never silently skipped.
 */
class PupilJourneyE2ETest extends E2ESupport {
    @Autowired
    Clock clock;
    @Test
    void administratorCreatesFindsAndOpensAPupilWithANewGuardian() throws IOException {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() {
        String suffix = randomLetters(8);
        String pupilFirstName = "Camille";
        String pupilLastName = "Parcours" + suffix;
        String guardianFirstName = "Sophie";
        String guardianLastName = "Tuteur" + suffix;
        LocalDate birthDate = LocalDate.now(clock).minusYears(10).minusDays(40);

        // Anonymous visitor: the start page leads to the French login page.
        driver.get(baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> pageText().contains("Connexion"));
        assertThat(driver.getTitle()).isEqualTo("Connexion");

        // Log in as the demo administrator.
        login(DemoAccounts.ADMIN);

        // Lands on the pupils grid.
        wait.until(ExpectedConditions.urlMatches("/pupils/?(\\?[^/]*)?$"));
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        wait.until(d -> {
            List<String> rows = gridRows(grid);
            return rows != null && !rows.isEmpty();
        });

        // A new pupil, with a new guardian entered on the spot.
        click(button("Nouvel élève", null));
        String pupilDialog = "Nouvel élève";
        type(input(field("vaadin-text-field", "Prénom", pupilDialog)), pupilFirstName);
        type(input(field("vaadin-text-field", "Nom de famille", pupilDialog)), pupilLastName);
        WebElement birthDateInput = input(field("vaadin-date-picker", "Date de naissance", pupilDialog));
        type(birthDateInput, BELGIAN_DATE.format(birthDate));
        birthDateInput.sendKeys(Keys.ENTER);
        wait.until(d -> BELGIAN_DATE.format(birthDate).equals(birthDateInput.getDomProperty("value")));

        click(button("Nouveau·elle responsable légal·e", pupilDialog));
        String guardianDialog = "Nouveau·elle responsable légal·e";
        type(input(field("vaadin-text-field", "Prénom", guardianDialog)), guardianFirstName);
        type(input(field("vaadin-text-field", "Nom de famille", guardianDialog)), guardianLastName);
        type(input(field("vaadin-email-field", "E-mail", guardianDialog)), "sophie." + suffix.toLowerCase() + "@exemple.be");
        type(input(field("vaadin-text-field", "Téléphone", guardianDialog)), "0478 12 34 56");
        click(button("Ajouter", guardianDialog));
        wait.until(d -> d.findElements(By.tagName("vaadin-dialog")).stream()
                .noneMatch(dialog -> guardianDialog.equals(dialog.getDomProperty("headerTitle"))
                        && Boolean.parseBoolean(dialog.getDomProperty("opened"))));
        wait.until(d -> pageText().contains(guardianFirstName + " " + guardianLastName));

        click(button("Enregistrer", pupilDialog));

        // The app opens the new pupil's detail page.
        wait.until(ExpectedConditions.urlMatches("/pupils/\\d+$"));
        wait.until(d -> headingText().equals(pupilFirstName + " " + pupilLastName));

        // Back to the list: the search finds exactly that pupil.
        click(wait.until(d -> d.findElement(By.cssSelector("vaadin-side-nav-item[path='pupils']"))));
        wait.until(ExpectedConditions.urlMatches("/pupils/?(\\?[^/]*)?$"));
        WebElement list = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        type(input(field("vaadin-text-field", "Rechercher", null)), pupilLastName);
        String expectedName = pupilLastName + ", " + pupilFirstName;
        List<String> rows = wait.until(d -> {
            List<String> current = gridRows(list);
            return current != null && current.size() == 1 && current.getFirst().contains(expectedName) ? current : null;
        });
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .startsWith(expectedName)
                .contains(BELGIAN_DATE.format(birthDate)));

        // The name link opens the detail page, with the guardian.
        WebElement nameLink = wait.until(d -> list.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(a -> expectedName.equals(a.getText().strip())).findFirst().orElse(null));
        click(nameLink);
        wait.until(ExpectedConditions.urlMatches("/pupils/\\d+$"));
        wait.until(d -> headingText().equals(pupilFirstName + " " + pupilLastName));
        String guardianName = guardianFirstName + " " + guardianLastName;
        WebElement guardianLink = wait.until(d -> d.findElements(By.tagName("a")).stream()
                .filter(a -> guardianName.equals(a.getText().strip())).findFirst().orElse(null));
        assertThat(guardianLink.getDomAttribute("href")).matches("guardians/\\d+");
        assertThat(pageText()).contains("Mère").contains("+32 478 12 34 56");

        // Log out through the user menu.
        WebElement userMenu = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-button")).stream()
                .filter(b -> b.getText().contains(DemoAccounts.ADMIN.displayName()) && b.isDisplayed()).findFirst().orElse(null));
        click(userMenu);
        WebElement logout = wait.until(d -> (WebElement) js("""
                const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
                return [...document.querySelectorAll('vaadin-menu-bar-item, vaadin-context-menu-item')]
                    .find(i => i.textContent.trim() === 'Se déconnecter' && visible(i)) || null;
                """));
        assertThat(logout.getDomAttribute("id")).isEqualTo("logout");
        click(logout);

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> pageText().contains("Connexion"));
        assertThat(button("Se connecter", null).isDisplayed()).isTrue();

        // The session is really gone: the pupil list asks for a login again.
        driver.get(baseUrl() + "/pupils");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(pageText()).doesNotContain(pupilLastName);
    }

    @Override
    protected String evidenceName() {
        return "e2e-failure";
    }
}
