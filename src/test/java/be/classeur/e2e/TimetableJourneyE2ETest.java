package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.kernel.SchoolYear;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The timetable journey through a real browser: the administrator creates a group taught by the demo trainer
 * account's trainer, gives it a weekly slot, enrols two pupils and sees the sessions in the week view; that trainer
 * logs in, sees the group with its two pupils, and is refused another trainer's group typed in the address bar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class TimetableJourneyE2ETest {
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

    /** A visible element (overlay item) with one of the tags arguments[0] and the text arguments[1], searched through shadow roots. */
    private static final String FIND_ITEM = """
            const [tags, text] = arguments;
            const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
            const found = [];
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                if (tags.includes(e.localName)) found.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              }
            };
            walk(document);
            return found.find(e => e.textContent.replace(/\\s+/g, ' ').trim() === text && visible(e)) || null;
            """;

    @Autowired
    JdbcTemplate jdbc;

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
    void administratorPlansAGroupItsTrainerSeesItAndNoOtherGroup() throws IOException {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() {
        String groupName = "Parcours horaire " + randomLetters(6);
        long trainerId = jdbc.queryForObject("select trainer_id from user_account where username = ?", Long.class,
                DemoAccounts.TRAINER.username());
        Map<String, Object> trainer = jdbc.queryForMap("select first_name, last_name from trainer where id = ?", trainerId);
        String trainerLabel = trainer.get("last_name") + ", " + trainer.get("first_name");
        // Two active pupils whose last name is unique, so that the search finds exactly them.
        List<Map<String, Object>> twoPupils = jdbc.queryForList("""
                select p.first_name, p.last_name, p.school_year from pupil p where p.archived = false
                and (select count(*) from pupil q where q.last_name = p.last_name) = 1 order by p.id""").subList(0, 2);
        long otherGroup = jdbc.queryForObject("""
                select min(g.id) from course_group g where not exists
                (select 1 from course_group_trainer t where t.group_id = g.id and t.trainer_id = ?)""", Long.class, trainerId);

        // 1. The administrator creates the group, its weekly slot and two enrolments.
        login(DemoAccounts.ADMIN);
        wait.until(ExpectedConditions.urlMatches("/pupils/?(\\?[^/]*)?$"));
        driver.get(baseUrl() + "/groups");
        click(button("Nouveau groupe", null));
        String groupDialog = "Nouveau groupe";
        type(input(field("vaadin-text-field", "Nom", groupDialog)), groupName);
        choose(field("vaadin-combo-box", "Matière", groupDialog), "Mathématiques", "Mathématiques");
        choose(field("vaadin-combo-box", "Période", groupDialog), "Année scolaire 2026", "Année scolaire 2026-2027");
        choose(field("vaadin-multi-select-combo-box", "Formateurs", groupDialog), String.valueOf(trainer.get("last_name")), trainerLabel);
        type(input(field("vaadin-text-field", "Local", groupDialog)), "Salle 9");
        click(button("Enregistrer", groupDialog));
        wait.until(ExpectedConditions.urlMatches("/groups/\\d+$"));
        wait.until(d -> headingText().equals(groupName));
        String groupPath = driver.getCurrentUrl().replaceAll(".*/groups/", "");

        click(button("Nouveau créneau", null));
        String slotDialog = "Nouveau créneau";
        WebElement day = field("vaadin-select", "Jour", slotDialog);
        click(day);
        click(wait.until(d -> (WebElement) js(FIND_ITEM, List.of("vaadin-select-item"), "samedi")));
        wait.until(d -> "samedi".equals(String.valueOf(js("return arguments[0].querySelector('vaadin-select-value-button') ? arguments[0].querySelector('vaadin-select-value-button').textContent.trim() : arguments[0].innerText.trim();", day)).trim()));
        typeTime(field("vaadin-time-picker", "Début", slotDialog), "14:00");
        typeTime(field("vaadin-time-picker", "Fin", slotDialog), "15:30");
        type(input(field("vaadin-text-field", "Local", slotDialog)), "Salle 9");
        click(button("Enregistrer", slotDialog));
        waitClosed(slotDialog);
        wait.until(d -> pageText().contains("14:00–15:30"));

        for (Map<String, Object> pupil : twoPupils) {
            click(button("Inscrire un élève", null));
            String enrolDialog = "Inscrire un élève";
            String label = pupil.get("last_name") + ", " + pupil.get("first_name") + " · "
                    + SchoolYear.valueOf(String.valueOf(pupil.get("school_year"))).code();
            choose(field("vaadin-combo-box", "Élève", enrolDialog), String.valueOf(pupil.get("last_name")), label);
            click(button("Inscrire", enrolDialog));
            waitClosed(enrolDialog);
            wait.until(d -> pageText().contains(String.valueOf(pupil.get("last_name"))));
        }

        // The week view shows the group's session (this week's Saturday, or the next one the calendar keeps open).
        LocalDate saturday = LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        boolean seen = false;
        for (int week = 0; week < 4 && !seen; week++) {
            driver.get(baseUrl() + "/timetable?date=" + saturday.plusWeeks(week));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".classeur-week-heading")));
            seen = newWait().withTimeout(Duration.ofSeconds(5)).until(d -> {
                Object blocks = js("return [...document.querySelectorAll('.classeur-week-session')].map(b => b.textContent);");
                return blocks instanceof List<?> list && !list.isEmpty() ? list.stream().anyMatch(t -> String.valueOf(t).contains(groupName)) : null;
            });
        }
        assertThat(seen).as("a session of %s in the week view", groupName).isTrue();

        // 2. The group's trainer sees the group and its two pupils.
        driver.manage().deleteAllCookies();
        login(DemoAccounts.TRAINER);
        wait.until(ExpectedConditions.urlMatches("/my-groups/?$"));
        WebElement groupLink = wait.until(d -> d.findElements(By.cssSelector("a")).stream()
                .filter(a -> groupName.equals(a.getText().strip())).findFirst().orElse(null));
        click(groupLink);
        wait.until(ExpectedConditions.urlMatches("/my-groups/" + groupPath + "$"));
        wait.until(d -> headingText().equals(groupName));
        WebElement roster = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-grid")));
        List<String> rows = wait.until(d -> {
            List<String> current = gridRows(roster);
            return current != null && current.size() == 2 ? current : null;
        });
        for (Map<String, Object> pupil : twoPupils) {
            assertThat(rows).anySatisfy(row -> assertThat(row).contains(String.valueOf(pupil.get("first_name")))
                    .contains(String.valueOf(pupil.get("last_name"))));
        }
        assertThat(pageText()).contains("Téléphone d’un responsable").doesNotContain("Date de naissance").doesNotContain("Adresse");

        // 3. Another trainer's group, typed in the address bar, is refused.
        driver.get(baseUrl() + "/my-groups/" + otherGroup);
        wait.until(d -> pageText().contains("Accès refusé"));
        assertThat(pageText()).contains("La tentative a été enregistrée");
    }

    private void login(DemoAccounts.DemoAccount account) {
        driver.get(baseUrl() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement submit = button("Se connecter", null);
        type(loginInput("username"), account.username());
        type(loginInput("password"), account.password());
        click(submit);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Types into a combo box and picks the overlay item with exactly that label. */
    private void choose(WebElement comboBox, String typed, String itemLabel) {
        WebElement input = input(comboBox);
        type(input, typed);
        WebElement item = newWait().withMessage(() -> "item '" + itemLabel + "'").until(d -> (WebElement) js(FIND_ITEM,
                List.of("vaadin-combo-box-item", "vaadin-multi-select-combo-box-item"), itemLabel));
        click(item);
        // A multi-select list stays open after a choice: close it (Escape could close the dialog too).
        js("arguments[0].opened = false;", comboBox);
        wait.until(d -> !Boolean.parseBoolean(String.valueOf(comboBox.getDomProperty("opened"))));
    }

    private void typeTime(WebElement timePicker, String time) {
        WebElement input = input(timePicker);
        type(input, time);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> String.valueOf(timePicker.getDomProperty("value")).startsWith(time));
    }

    private void waitClosed(String dialogTitle) {
        wait.until(d -> d.findElements(By.tagName("vaadin-dialog")).stream()
                .noneMatch(dialog -> dialogTitle.equals(dialog.getDomProperty("headerTitle"))
                        && Boolean.parseBoolean(dialog.getDomProperty("opened"))));
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
            Files.copy(screenshot.toPath(), target.resolve("e2e-timetable-failure.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve("e2e-timetable-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not save the end-to-end failure evidence: " + e);
        }
    }
}
