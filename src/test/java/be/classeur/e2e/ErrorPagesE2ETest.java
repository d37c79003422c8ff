package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A mistyped address shows the application's own translated "page not found", inside the shell with its menu, to a
 * signed-in user of any role (never the browser's bare HTTP error page); the favicon exists for anonymous browsers.
 */
class ErrorPagesE2ETest extends E2ESupport {
    private static final String NOT_FOUND = "Page introuvable";

    @Test
    void mistypedAddressesShowTheTranslatedNotFoundPageWithTheMenu() {
        try {
            for (DemoAccounts.DemoAccount account : List.of(DemoAccounts.TRAINER, DemoAccounts.ADMIN)) {
                driver.manage().deleteAllCookies();
                login(account);
                for (String path : List.of("my-groups/abc", "groups/27/edit", "pupils/abc", "no-such-page")) {
                    driver.get(baseUrl() + "/" + path);
                    newWait().withMessage(() -> account.username() + " on " + path + ": " + pageText())
                            .until(d -> pageText().contains(NOT_FOUND));
                    assertThat(driver.findElements(By.tagName("vaadin-side-nav-item")))
                            .as(account.username() + " on " + path + " sees the menu").isNotEmpty();
                    assertThat(driver.findElements(By.tagName("h1")).stream().map(h -> h.getText().strip()))
                            .as("the page's heading").contains(NOT_FOUND);
                }
            }
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
    }

    @Test
    void theFaviconAnswersToAnonymousBrowsers() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/favicon.ico")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotEmpty();
    }

    @Override
    protected String evidenceName() {
        return "error-pages-e2e";
    }
}
