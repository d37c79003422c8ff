package be.classeur.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.DemoAccounts;
import be.classeur.accounts.DemoAccounts.DemoAccount;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core on every page each role may open and on the main "new ..." dialogs: any serious or critical finding fails,
 * unless it sits in a Vaadin component's shadow DOM, cannot be fixed from this application, and is on the reviewed
 * list {@code a11y/accepted-findings.txt} (with its reason and the upstream issue). The pages come from Vaadin's route
 * registry, so a new page is checked without touching this test; a page with a parameter needs a demo id below.
 * One browser per role keeps the run short.
 */
class AccessibilityE2ETest extends E2ESupport {
    /** WCAG 2.0 to 2.2, levels A and AA, and axe's best practices. */
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /** Vaadin has finished the round trip and no grid is still fetching rows. */
    private static final String SETTLED = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients || document.readyState !== 'complete') return false;
            if (Object.values(flow.clients).some(c => c.isActive && c.isActive())) return false;
            return ![...document.querySelectorAll('vaadin-grid')].some(g => g.loading || g.hasAttribute('loading'));
            """;

    @Autowired
    ServletContext servletContext;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminPagesAndDialogs() {
        check(DemoAccounts.ADMIN, Set.of("Nouvel élève", "Nouveau groupe", "Nouveau compte"));
    }

    @Test
    void privacyOfficerPagesAndDialogs() {
        check(DemoAccounts.PRIVACY_OFFICER, Set.of("Enregistrer une demande"));
    }

    @Test
    void trainerPages() {
        check(DemoAccounts.TRAINER, Set.of());
    }

    /** The dialog each page's "new" button opens, by the page's route. */
    private static final Map<String, String> NEW_DIALOGS = Map.of(
            "pupils", "Nouvel élève",
            "groups", "Nouveau groupe",
            "accounts", "Nouveau compte",
            "privacy/requests", "Enregistrer une demande");

    private void check(DemoAccount account, Set<String> expectedDialogs) {
        List<String> findings = new ArrayList<>();
        Set<String> dialogsChecked = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        try {
            // The login page, once, before signing in.
            driver.get(baseUrl() + "/login");
            findings.addAll(analyse("login (anonymous)"));
            login(account);
            for (String path : pagesFor(account)) {
                driver.get(baseUrl() + "/" + path);
                pages.add(path);
                findings.addAll(analyse(path));
                String dialog = NEW_DIALOGS.get(path);
                if (dialog != null && expectedDialogs.contains(dialog)) {
                    click(button(dialog, null));
                    newWait().withMessage(() -> "dialog " + dialog).until(d -> Boolean.TRUE.equals(js(
                            "return [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened && d.headerTitle === arguments[0]);",
                            dialog)));
                    findings.addAll(analyse(path + " + dialog '" + dialog + "'"));
                    dialogsChecked.add(dialog);
                    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
                }
            }
        } catch (Throwable failure) {
            saveEvidence();
            throw failure;
        }
        report(account, pages, findings);
        assertThat(dialogsChecked).as("dialogs checked for " + account.username()).containsAll(expectedDialogs);
        assertThat(findings).as("serious or critical axe findings for " + account.username()
                + " (fix them, or, for a Vaadin shadow-DOM finding that needs frontend code, review it into a11y/accepted-findings.txt)")
                .isEmpty();
    }

    /** The role's pages: every registered route whose access annotations admit one of its roles, parameters filled in. */
    private List<String> pagesFor(DemoAccount account) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        Set<String> roleNames = account.roles().stream().map(r -> r.authority().substring("ROLE_".length()))
                .collect(Collectors.toSet());
        List<String> pages = new ArrayList<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            boolean allowed = access.hasAccess(route.getNavigationTarget(), account::username, roleNames::contains);
            if (!allowed || route.getTemplate().equals("login")) {
                continue;
            }
            pages.add(withDemoId(route.getTemplate(), account));
        }
        assertThat(pages).as("pages of " + account.username()).isNotEmpty();
        return pages;
    }

    /** "pupils/:___url_parameter(...)" becomes "pupils/12", with a record the account may open. */
    private String withDemoId(String template, DemoAccount account) {
        int parameter = template.indexOf("/:");
        if (parameter < 0) {
            return template;
        }
        String base = template.substring(0, parameter);
        String sql = switch (base) {
            case "pupils" -> "select min(id) from pupil";
            case "guardians" -> "select min(id) from guardian";
            case "trainers" -> "select min(id) from trainer";
            case "groups" -> "select min(id) from course_group";
            case "privacy/requests" -> "select min(id) from rights_request";
            case "my-groups" -> """
                    select min(group_id) from course_group_trainer
                    where trainer_id = (select trainer_id from user_account where username = ?)""";
            default -> throw new AssertionError("Give the route " + template + " a demo id in AccessibilityE2ETest.withDemoId");
        };
        Long id = sql.contains("?") ? jdbc.queryForObject(sql, Long.class, account.username()) : jdbc.queryForObject(sql, Long.class);
        assertThat(id).as("a demo record for " + template).isNotNull();
        return base + "/" + id;
    }

    /** axe's serious and critical findings on the page as it is now, minus the reviewed ones. */
    private List<String> analyse(String page) {
        newWait().withMessage(() -> page + " settled").until(d -> Boolean.TRUE.equals(js(SETTLED)));
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (!FAILING_IMPACTS.contains(impact)) {
                    continue;
                }
                String selector = selector(node.getTarget());
                if (ACCEPTED.stream().noneMatch(a -> a.covers(rule.getId(), selector))) {
                    found.add(page + ": " + rule.getId() + " (" + impact + ") at " + selector + "\n    " + node.getHtml()
                            + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", "\n    ")
                            + "\n    " + rule.getHelp() + " " + rule.getHelpUrl());
                }
            }
        }
        return found;
    }

    /** axe's target: a selector, or a list of selectors through shadow roots (written here with " >>> "). */
    private static String selector(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(AccessibilityE2ETest::selector).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    private void report(DemoAccount account, List<String> pages, List<String> findings) {
        try {
            Path file = Path.of("target", "a11y-" + account.username() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Pages: " + pages + "\n\n" + String.join("\n", findings) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the accessibility report: " + e);
        }
    }

    /** One reviewed finding: axe's rule id and a pattern for its selector. */
    record Accepted(String ruleId, Pattern selector) {
        boolean covers(String rule, String target) {
            return ruleId.equals(rule) && selector.matcher(target).find();
        }
    }

    /** From a11y/accepted-findings.txt: "rule id | selector pattern | reason | upstream issue", # for comments. */
    private static final List<Accepted> ACCEPTED = loadAccepted();

    private static List<Accepted> loadAccepted() {
        try (InputStream in = AccessibilityE2ETest.class.getResourceAsStream("/a11y/accepted-findings.txt")) {
            if (in == null) {
                throw new IllegalStateException("a11y/accepted-findings.txt is missing");
            }
            List<Accepted> accepted = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                if (fields.length != 4 || fields[2].isBlank() || !fields[3].strip().startsWith("https://")) {
                    throw new IllegalStateException("An accepted finding needs a rule id, a selector pattern, a reason and an upstream link: " + line);
                }
                accepted.add(new Accepted(fields[0].strip(), Pattern.compile(fields[1].strip())));
            }
            return accepted;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected String evidenceName() {
        return "accessibility-e2e";
    }
}
