package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's everyday journey through a real browser (Debian's headless Chromium): log in on the French
 * login page, create a 10-year-old pupil together with a new guardian, find the pupil again through the search
 * field of the lazy grid, open the detail page through the name link, and log out through the user menu.
 *
 * <p>Runs on whatever database the active profile gives (H2 by default, MariaDB with {@code -Pmariadb}). A missing
 * browser or driver fails the test: the end-to-end journey is part of the suite, never silently skipped.
 */
// The development-mode tools (Copilot) float over the top-right corner, where the user menu is: off, as in production.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class PupilJourneyE2ETest {
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The field (a vaadin-* element) whose label is arguments[1], inside the dialog titled arguments[2] or anywhere. */
    private static final String FIND_FIELD = """
            const [tag, label, dialogTitle] = arguments;
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            let roots = [document];
            if (dialogTitle) {
              const dialog = [...document.querySelectorAll('vaadin-dialog')].find(d => d.opened && d.headerTitle === dialogTitle);
              if (!dialog) return null;
              roots = [dialog, dialog.$ && dialog.$.overlay, dialog._overlayElement].filter(r => r);
            }
            for (const root of roots) {
              const found = [...root.querySelectorAll(tag)].find(e => (e.label || '').trim() === label && visible(e));
              if (found) return found;
            }
            return null;
            """;

    /** The button whose text is arguments[0], inside the dialog titled arguments[1] or anywhere. */
    private static final String FIND_BUTTON = """
            const [text, dialogTitle] = arguments;
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            let roots = [document];
            if (dialogTitle) {
              const dialog = [...document.querySelectorAll('vaadin-dialog')].find(d => d.opened && d.headerTitle === dialogTitle);
              if (!dialog) return null;
              roots = [dialog, dialog.$ && dialog.$.overlay, dialog._overlayElement].filter(r => r);
            }
            for (const root of roots) {
              const found = [...root.querySelectorAll('vaadin-button')]
                  .find(b => b.textContent.replace(/\\s+/g, ' ').trim() === text && visible(b) && !b.disabled);
              if (found) return found;
            }
            return null;
            """;

    /** The text of each rendered body row of the grid (cells joined by " | "); null while the grid is loading. */
    private static final String GRID_ROWS = """
            const grid = arguments[0];
            if (grid.loading || grid.hasAttribute('loading')) return null;
            const body = grid.shadowRoot.querySelector('tbody#items') || grid.shadowRoot.querySelector('[part~="body"]');
            const rows = [...body.querySelectorAll('tr')].filter(tr => !tr.hidden && tr.offsetParent !== null);
            if (rows.some(tr => tr.hasAttribute('loading'))) return null;
            return rows.map(tr => [...tr.querySelectorAll('td')].map(td => {
              const slot = td.querySelector('slot');
              const nodes = slot ? slot.assignedNodes({flatten: true}) : [];
              return nodes.map(n => n.textContent).join('').replace(/\\s+/g, ' ').trim();
            }).join(' | '));
            """;

    @LocalServerPort
    int port;

    private Path profileDirectory;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is required at %s for the end-to-end tests (apt-get install chromium chromium-driver; .ci/run does it)", CHROMIUM)
                .isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER))
                .as("ChromeDriver is required at %s for the end-to-end tests (apt-get install chromium-driver; .ci/run does it)", CHROMEDRIVER)
                .isTrue();
        profileDirectory = Files.createTempDirectory("classeur-e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profileDirectory);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = newWait();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDirectory != null) {
            try (Stream<Path> files = Files.walk(profileDirectory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

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
        LocalDate birthDate = LocalDate.now().minusYears(10).minusDays(40);

        // Anonymous visitor: the start page leads to the French login page.
        driver.get(baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        wait.until(d -> pageText().contains("Connexion"));
        assertThat(driver.getTitle()).isEqualTo("Connexion");
        WebElement submit = button("Se connecter", null);

        // Log in as the demo administrator.
        DemoAccounts.DemoAccount admin = DemoAccounts.ADMIN;
        type(loginInput("username"), admin.username());
        type(loginInput("password"), admin.password());
        click(submit);

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

        click(button("Nouveau responsable", pupilDialog));
        String guardianDialog = "Nouveau responsable";
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
                .filter(b -> b.getText().contains(admin.displayName()) && b.isDisplayed()).findFirst().orElse(null));
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

    // ---- helpers ------------------------------------------------------------------------------------------

    /** A fresh explicit wait (FluentWait's settings are mutable, so helpers that tune one take their own). */
    private WebDriverWait newWait() {
        WebDriverWait fresh = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
        fresh.ignoring(StaleElementReferenceException.class);
        return fresh;
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The username or password input of the login form (light DOM of vaadin-login-form). */
    private WebElement loginInput(String name) {
        return wait.until(d -> {
            List<WebElement> inputs = d.findElements(By.cssSelector("vaadin-login-form input[name='" + name + "']"));
            if (inputs.isEmpty()) {
                inputs = d.findElements(By.cssSelector("vaadin-login-form [name='" + name + "'] input"));
            }
            return inputs.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    private WebElement field(String tag, String label, String dialogTitle) {
        return newWait().withMessage(() -> tag + " labelled '" + label + "'" + (dialogTitle == null ? "" : " in dialog '" + dialogTitle + "'"))
                .until(d -> (WebElement) js(FIND_FIELD, tag, label, dialogTitle));
    }

    private WebElement button(String text, String dialogTitle) {
        return newWait().withMessage(() -> "button '" + text + "'" + (dialogTitle == null ? "" : " in dialog '" + dialogTitle + "'"))
                .until(d -> (WebElement) js(FIND_BUTTON, text, dialogTitle));
    }

    /** The native input of a Vaadin field (light DOM, slot="input"). */
    private WebElement input(WebElement vaadinField) {
        return wait.until(d -> (WebElement) js("return arguments[0].inputElement || arguments[0].querySelector('input, textarea');",
                vaadinField));
    }

    private void type(WebElement input, String text) {
        newWait().ignoring(ElementNotInteractableException.class).until(d -> {
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    private void click(WebElement element) {
        newWait().ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    // Dialog content scrolls inside a shadow-DOM scroller that WebDriver does not scroll by itself.
                    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
                    element.click();
                    return true;
                });
    }

    @SuppressWarnings("unchecked")
    private List<String> gridRows(WebElement grid) {
        return (List<String>) js(GRID_ROWS, grid);
    }

    private String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private String headingText() {
        return driver.findElements(By.tagName("h2")).stream().map(h -> h.getText().strip()).findFirst().orElse("");
    }

    private static String randomLetters(int length) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    private void saveEvidence() {
        if (driver == null) {
            return;
        }
        try {
            Path target = Paths.get("target");
            Files.createDirectories(target);
            File screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(screenshot.toPath(), target.resolve("e2e-failure.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve("e2e-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the end-to-end failure evidence: " + e);
        }
    }
}
