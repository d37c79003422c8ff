package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.kernel.SchoolYear;
import be.classeur.timetable.TimetableLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The timetable journey through a real browser: the administrator creates a group taught by the demo trainer
 * account's trainer, gives it a weekly slot, enrols two pupils and sees the sessions in the week view; that trainer
 * logs in, sees the group with its two pupils, and is refused another trainer's group typed in the address bar.
 */
class TimetableJourneyE2ETest extends E2ESupport {
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
    @Autowired
    Clock clock;

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
        choose(field("vaadin-multi-select-combo-box", "Formateur·rices", groupDialog), String.valueOf(trainer.get("last_name")), trainerLabel);
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

        // The week view shows the group's session on this week's Saturday: the test clock starts on a Thursday in term.
        LocalDate saturday = LocalDate.now(clock).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        driver.get(baseUrl() + "/timetable?date=" + saturday);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".classeur-week-heading")));
        boolean seen = newWait().withTimeout(Duration.ofSeconds(10)).until(d -> {
            Object blocks = js("return [...document.querySelectorAll('.classeur-week-session')].map(b => b.textContent);");
            return blocks instanceof List<?> list && list.stream().anyMatch(t -> String.valueOf(t).contains(groupName)) ? true : null;
        });
        assertThat(seen).as("a session of %s in the week view", groupName).isTrue();
        weekAtDesktopSize(saturday);

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
        assertThat(pageText()).contains("Téléphone d’un parent").doesNotContain("Date de naissance").doesNotContain("Adresse");

        // 3. Another trainer's group, typed in the address bar, is refused.
        driver.get(baseUrl() + "/my-groups/" + otherGroup);
        wait.until(d -> pageText().contains("Accès refusé"));
        assertThat(pageText()).contains("La tentative a été enregistrée");
    }

    /**
     * The demo's week at 1440x900, saved for a look (target/screenshots/week-timetable.png): every block stays in its
     * day's column and no word of a block is cut; then the board by room for that day.
     */
    private void weekAtDesktopSize(LocalDate day) {
        driver.manage().window().setSize(new Dimension(1440, 900));
        newWait().withTimeout(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(js(
                "return window.outerWidth >= 1430 && document.querySelector('.classeur-week-grid').getBoundingClientRect().width > 0;")));
        Object cut = js("""
                return [...document.querySelectorAll('.classeur-week-session, .classeur-week-more')].filter(b => {
                  const r = b.getBoundingClientRect();
                  return [...b.children].some(c => { const t = c.getBoundingClientRect();
                      return t.right > r.right + 1 || t.bottom > r.bottom + 1; });
                }).map(b => b.textContent);""");
        assertThat((List<?>) cut).as("blocks whose text is cut").isEmpty();
        Object outside = js("""
                const days = [...document.querySelectorAll('.classeur-week-day')].map(d => d.getBoundingClientRect());
                return [...document.querySelectorAll('.classeur-week-session, .classeur-week-more')].filter(b => {
                  const r = b.getBoundingClientRect();
                  return !days.some(d => r.left >= d.left - 1 && r.right <= d.right + 1);
                }).map(b => b.textContent);""");
        assertThat((List<?>) outside).as("blocks outside their day's column").isEmpty();
        saveScreenshot("week-timetable.png");
        driver.get(baseUrl() + "/" + TimetableLocations.board(day.with(DayOfWeek.MONDAY), TimetableLocations.Board.ROOMS,
                TimetableLocations.Span.DAY));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".classeur-board-label")));
        saveScreenshot("week-timetable-rooms.png");
    }

    private void saveScreenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name);
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    @Override
    protected String evidenceName() {
        return "e2e-timetable-failure";
    }
}
