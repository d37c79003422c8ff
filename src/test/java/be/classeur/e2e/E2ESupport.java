package be.classeur.e2e;

import be.classeur.accounts.DemoAccounts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every end-to-end journey needs: a headless Chromium ({@link BrowserChoice}: Debian's when installed, which CI
 * requires, else Selenium Manager's; a missing browser fails the test, never skips it), explicit waits, helpers that
 * find Vaadin fields by their label through shadow roots, and evidence (screenshot and page source in target/) when a journey fails.
 */
// The development-mode tools (Copilot) float over the top-right corner, where the user menu is: off, as in production.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
abstract class E2ESupport {
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);
    protected static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The field (a vaadin-* element) whose label is arguments[1], inside the dialog titled arguments[2] or anywhere. */
    protected static final String FIND_FIELD = """
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
    protected static final String FIND_BUTTON = """
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
    protected static final String GRID_ROWS = """
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

    protected Path profileDirectory;
    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        BrowserChoice browser = BrowserChoice.forThisMachine();
        profileDirectory = Files.createTempDirectory("classeur-e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profileDirectory);
        driver = browser.start(options);
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


    // ---- helpers ------------------------------------------------------------------------------------------

    /** A fresh explicit wait (FluentWait's settings are mutable, so helpers that tune one take their own). */
    protected WebDriverWait newWait() {
        WebDriverWait fresh = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(200));
        fresh.ignoring(StaleElementReferenceException.class);
        return fresh;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Signs in as the demo account through the login form, opening the login page unless the browser is already on it
     * (a journey that was just sent there keeps that page), and waits until the application lets the user in.
     */
    protected void login(DemoAccounts.DemoAccount account) {
        if (!driver.getCurrentUrl().contains("/login")) {
            driver.get(baseUrl() + "/login");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement submit = button("Se connecter", null);
        type(loginInput("username"), account.username());
        type(loginInput("password"), account.password());
        click(submit);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The username or password input of the login form (light DOM of vaadin-login-form). */
    protected WebElement loginInput(String name) {
        return wait.until(d -> {
            List<WebElement> inputs = d.findElements(By.cssSelector("vaadin-login-form input[name='" + name + "']"));
            if (inputs.isEmpty()) {
                inputs = d.findElements(By.cssSelector("vaadin-login-form [name='" + name + "'] input"));
            }
            return inputs.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    protected WebElement field(String tag, String label, String dialogTitle) {
        return newWait().withMessage(() -> tag + " labelled '" + label + "'" + (dialogTitle == null ? "" : " in dialog '" + dialogTitle + "'"))
                .until(d -> (WebElement) js(FIND_FIELD, tag, label, dialogTitle));
    }

    protected WebElement button(String text, String dialogTitle) {
        return newWait().withMessage(() -> "button '" + text + "'" + (dialogTitle == null ? "" : " in dialog '" + dialogTitle + "'"))
                .until(d -> (WebElement) js(FIND_BUTTON, text, dialogTitle));
    }

    /** The native input of a Vaadin field (light DOM, slot="input"). */
    protected WebElement input(WebElement vaadinField) {
        return wait.until(d -> (WebElement) js("return arguments[0].inputElement || arguments[0].querySelector('input, textarea');",
                vaadinField));
    }

    /** Types a date into a date picker, as a person would (dd/MM/yyyy, then Enter), and waits until it is taken. */
    protected void typeDate(WebElement picker, String date) {
        WebElement dateInput = input(picker);
        type(dateInput, date);
        dateInput.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> date.equals(dateInput.getDomProperty("value")));
    }

    protected void type(WebElement input, String text) {
        newWait().ignoring(ElementNotInteractableException.class).until(d -> {
            input.clear();
            input.sendKeys(text);
            return text.equals(input.getDomProperty("value"));
        });
    }

    protected void click(WebElement element) {
        newWait().ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    // Dialog content scrolls inside a shadow-DOM scroller that WebDriver does not scroll by itself.
                    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
                    element.click();
                    return true;
                });
    }

    @SuppressWarnings("unchecked")
    protected List<String> gridRows(WebElement grid) {
        return (List<String>) js(GRID_ROWS, grid);
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    protected String headingText() {
        return driver.findElements(By.tagName("h2")).stream().map(h -> h.getText().strip()).findFirst().orElse("");
    }

    protected static String randomLetters(int length) {
        Random random = new Random();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    protected void saveEvidence() {
        if (driver == null) {
            return;
        }
        try {
            Path target = Paths.get("target");
            Files.createDirectories(target);
            File screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(screenshot.toPath(), target.resolve(evidenceName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve(evidenceName() + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the end-to-end failure evidence: " + e);
        }
    }

    /** The base name of the evidence files of this journey in target/. */
    protected abstract String evidenceName();
}
