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
 * the request.
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
                List.of("vaadin-combo-box-item"), "Responsable · " + guardianName)));
        wait.until(d -> guardianName.equals(input(field("vaadin-text-field", "Nom du demandeur (tel que reçu)", dialog)).getDomProperty("value")));
        click(checkbox(childName));
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

        // 2. Work on it and generate the export.
        chooseStatus(id, "En cours", "IN_PROGRESS");
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

        // 4. Record the reply (today, the default) and close the request.
        click(button("Enregistrer la date de réponse", null));
        newWait().withMessage(() -> "reply date saved").until(d -> jdbc.queryForObject(
                "select count(*) from rights_request where id = ? and reply_recorded_on is not null", Integer.class, id) == 1);
        chooseStatus(id, "Répondue", "ANSWERED");
        chooseStatus(id, "Clôturée", "CLOSED");
        wait.until(d -> pageText().contains("Clôturée"));
        // A closed request has no further step: the status select is gone.
        wait.until(d -> js(FIND_FIELD, "vaadin-select", "Nouveau statut", null) == null);
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

    /** Picks the next status in the request page's select, applies it, and waits until it is saved and shown. */
    private void chooseStatus(long id, String label, String code) {
        // The page is drawn again after each action: find the select afresh until its list opens.
        WebElement item = newWait().withMessage(() -> "status item '" + label + "'")
                .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                    WebElement found = (WebElement) js(FIND_ITEM, List.of("vaadin-select-item"), label);
                    if (found == null) {
                        // Opened in view: its list is drawn beside it, and scrolling the page would close it again.
                        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;",
                                field("vaadin-select", "Nouveau statut", null));
                    }
                    return found;
                });
        click(item);
        WebElement select = field("vaadin-select", "Nouveau statut", null);
        wait.until(d -> label.equals(String.valueOf(js("return arguments[0].querySelector('vaadin-select-value-button') ? "
                + "arguments[0].querySelector('vaadin-select-value-button').textContent.trim() : arguments[0].innerText.trim();", select)).trim()));
        click(button("Changer le statut", null));
        newWait().withMessage(() -> "status " + code + " saved").until(d ->
                code.equals(jdbc.queryForObject("select status from rights_request where id = ?", String.class, id)));
        wait.until(d -> pageText().contains(label));
    }

    @Override
    protected String evidenceName() {
        return "e2e-rights-request-failure";
    }
}
