package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The privacy officer's journey for an access request through a real browser: record the request of a demo guardian
 * for their child (the guardian found among the suggestions, the child ticked), confirm both matches, generate the
 * export, download the JSON with the browser's session and check that it names the child, record the reply and close
 * the request. The date received and the reply's date are typed (never pre-filled); each step is the page's primary
 * button. A screenshot of the request page at 1440×900 is kept in target/screenshots/request-page.png.
 */
class RightsRequestJourneyE2ETest extends E2ESupport {
    /** A visible element with one of the tags arguments[0] whose text starts with arguments[1], through shadow roots. */
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
            return found.find(e => e.textContent.replace(/\\s+/g, ' ').trim().startsWith(text) && visible(e)) || null;
            """;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void privacyOfficerAnswersAGuardiansAccessRequestForTheirChild() throws IOException, InterruptedException {
        try {
            journey();
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    private void journey() throws IOException, InterruptedException {
        // A demo guardian, alone with that name, with exactly one linked pupil under 13 (from 13 the child's own
        // interests are weighed before the export: ChildInterestServiceIT covers that).
        Map<String, Object> family = jdbc.queryForList("""
                select g.first_name as gf, g.last_name as gl, p.first_name as pf, p.last_name as pl
                from guardian g join pupil_guardian l on l.guardian_id = g.id join pupil p on p.id = l.pupil_id
                where g.archived = false and p.birth_date > ?
                and (select count(*) from pupil_guardian m where m.guardian_id = g.id) = 1
                and (select count(*) from guardian h where h.first_name = g.first_name and h.last_name = g.last_name) = 1
                order by g.id""", LocalDate.now(clock).minusYears(13)).getFirst();
        String guardianName = family.get("gf") + " " + family.get("gl");
        String childName = family.get("pf") + " " + family.get("pl");

        // 1. Record the access request of the guardian, for their child.
        login(DemoAccounts.PRIVACY_OFFICER);
        driver.get(baseUrl() + "/privacy/requests");
        String dialog = "Enregistrer une demande";
        click(button(dialog, null));
        click(checkbox("Accès (art. 15)"));
        WebElement person = field("vaadin-combo-box", "Personne connue", dialog);
        type(input(person), guardianName);
        click(newWait().withMessage(() -> "suggestion of " + guardianName).until(d -> (WebElement) js(FIND_ITEM,
                List.of("vaadin-combo-box-item"), "Responsable légal·e · " + guardianName)));
        wait.until(d -> guardianName.equals(input(field("vaadin-text-field", "Nom du·de la demandeur·euse (tel que reçu)", dialog)).getDomProperty("value")));
        // The day received is never pre-filled: the officer states it.
        String today = BELGIAN_DATE.format(LocalDate.now(clock));
        typeDate(field("vaadin-date-picker", "Reçue le", dialog), today);
        // The children's list is drawn again for the day received (who was a minor then): tick the box as it is now.
        newWait().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement box = checkbox(childName);
            if (!Boolean.TRUE.equals(js("return arguments[0].checked;", box))) {
                click(box);
            }
            return Boolean.TRUE.equals(js("return arguments[0].checked;", checkbox(childName)));
        });
        click(button(dialog, dialog));
        wait.until(ExpectedConditions.urlMatches("/privacy/requests/\\d+$"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));

        // The officer checks who the request covers and confirms each match.
        wait.until(d -> pageText().contains("Personnes concernées"));
        assertThat(pageText()).contains(guardianName).contains(childName).contains("Enfant représenté");
        for (int confirmed = 0; confirmed < 2; confirmed++) {
            int left = 2 - confirmed;
            click(button("Confirmer la correspondance", null));
            wait.until(d -> confirmButtons() == left - 1);
        }
        assertThat(pageText()).contains("Correspondance confirmée par dpo");

        // 2. Work on it (the primary button) and generate the export.
        primary(id, "Commencer le traitement", "IN_PROGRESS");
        click(button("Générer l’export", null));
        String jsonLabel = "Télécharger export-demande-" + id + ".json (JSON)";
        WebElement jsonLink = wait.until(d -> d.findElements(By.tagName("a")).stream()
                .filter(a -> jsonLabel.equals(a.getText().strip())).findFirst().orElse(null));

        // 3. Download the JSON with the browser's session: it names the child.
        String href = jsonLink.getDomProperty("href");
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> download;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            download = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("export-demande-" + id + ".json");
        assertThat(download.body()).contains("\"organisation\" : \"asbl Cours en Plus\"")
                .contains("\"role\" : \"child\"").contains(String.valueOf(family.get("pf")));
        assertThat(download.body()).contains("\"name\" : \"" + childName + "\"");
        screenshotOfTheRequestPage();

        // 4. Answer, record the reply's date (typed: never pre-filled) and close the request, each by the primary button.
        primary(id, "Marquer comme répondue", "ANSWERED");
        typeDate(field("vaadin-date-picker", "Réponse envoyée le", null), today);
        click(button("Enregistrer la date de réponse", null));
        newWait().withMessage(() -> "reply date saved").until(d -> jdbc.queryForObject(
                "select count(*) from rights_request where id = ? and reply_recorded_on is not null", Integer.class, id) == 1);
        primary(id, "Clôturer la demande", "CLOSED");
        // A closed request has no further step: neither a primary button nor the status select.
        wait.until(d -> js(FIND_FIELD, "vaadin-select", "Nouveau statut", null) == null);
        wait.until(d -> js(FIND_BUTTON, "Clôturer la demande", null) == null);
        assertThat(jdbc.queryForObject("select status from rights_request where id = ?", String.class, id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select reply_recorded_on from rights_request where id = ?", java.sql.Date.class, id))
                .isNotNull();
    }

    private long confirmButtons() {
        return ((Number) js("""
                const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
                return [...document.querySelectorAll('vaadin-button')]
                  .filter(b => b.textContent.replace(/\\s+/g, ' ').trim() === 'Confirmer la correspondance' && visible(b)).length;
                """)).longValue();
    }

    /** The visible checkbox labelled exactly {@code label}. */
    private WebElement checkbox(String label) {
        return newWait().withMessage(() -> "checkbox '" + label + "'").until(d -> (WebElement) js("""
                const visible = e => e.offsetParent !== null || e.getClientRects().length > 0;
                return [...document.querySelectorAll('vaadin-checkbox')]
                  .find(c => (c.label || c.textContent || '').replace(/\\s+/g, ' ').trim() === arguments[0] && visible(c)) || null;
                """, label));
    }

    /** Clicks the page's primary button (the next action), checks it is the primary one, and waits for the status saved. */
    private void primary(long id, String text, String code) {
        WebElement next = button(text, null);
        assertThat(next.getAttribute("theme")).as(text).contains("primary");
        click(next);
        newWait().withMessage(() -> "status " + code + " saved").until(d ->
                code.equals(jdbc.queryForObject("select status from rights_request where id = ?", String.class, id)));
        // The step bar marks the step reached as the current one.
        newWait().withMessage(() -> "step bar at " + code).until(d -> js("""
                const li = document.querySelector('ol.classeur-steps li[aria-current="step"]');
                return li ? li.textContent.trim() : null;""") != null);
    }

    /** The request page at a laptop's size, from the top: step bar, facts, next action. */
    private void screenshotOfTheRequestPage() throws IOException, InterruptedException {
        // A viewport of 1440×900: the window is larger by whatever the browser itself takes.
        long chrome = ((Number) js("return window.outerHeight - window.innerHeight;")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900 + (int) Math.max(0, chrome)));
        wait.until(d -> js("return document.querySelector('ol.classeur-steps') !== null;").equals(Boolean.TRUE));
        // From the top of the page (it scrolls inside the layout's shadow root), without the toasts of the last actions.
        js("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);"
                + "document.querySelector('.classeur-detail').scrollIntoView({block: 'start'});");
        Thread.sleep(500); // the toasts' closing animation
        java.nio.file.Path target = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(target);
        java.io.File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        java.nio.file.Files.copy(shot.toPath(), target.resolve("request-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    protected String evidenceName() {
        return "e2e-rights-request-failure";
    }
}
