package be.classeur.architecture;

import be.classeur.consent.PurposeLocations;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountLocations;
import be.classeur.courses.GroupLocations;
import be.classeur.kernel.RequestLocations;
import be.classeur.people.PersonLocations;
import be.classeur.timetable.TimetableLocations;
import be.classeur.ui.ShellLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Links between pages are typed: each module publishes its pages' locations in a {@code *Locations} class of its API,
 * and the {@code @Route} values, anchors, navigations and hrefs use them. A route written as a string literal anywhere
 * else breaks silently when the page moves; this scan finds it.
 */
class TypedLinksTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<Class<?>> LOCATIONS = List.of(PersonLocations.class, GroupLocations.class,
            RequestLocations.class, TimetableLocations.class, AccountLocations.class, ShellLocations.class,
            PurposeLocations.class, be.classeur.retention.RetentionLocations.class,
            be.classeur.consent.ConsentLocations.class);

    /** Places where a string literal can only be a route: the literal itself is the offence, whatever it says. */
    private static final List<Pattern> LINK_WITH_LITERAL = List.of(
            Pattern.compile("@Route(?:Alias)?\\s*\\(\\s*(?:value\\s*=\\s*)?\""),
            Pattern.compile("\\.(?:navigate|forwardTo|rerouteTo|setHref|setRoute|setAction)\\s*\\(\\s*\""),
            Pattern.compile("replaceState\\s*\\(\\s*null\\s*,\\s*\""),
            Pattern.compile("new\\s+Anchor\\s*\\(\\s*\""),
            // A Lit template's href must come from a property filled through a Locations class: href="${item.href}".
            Pattern.compile("href=\\\\\"(?!\\$\\{)"));
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyLocationsClassPublishesRoutes() {
        assertThat(routes()).contains("pupils", "groups", "privacy/requests", "timetable/day", "accounts");
    }

    @Test
    void noRouteIsWrittenAsAStringLiteralOutsideTheLocationsClasses() {
        Set<String> routes = routes();
        List<String> offences = new ArrayList<>();
        for (Path file : mainSources()) {
            if (file.getFileName().toString().endsWith("Locations.java")) {
                continue;
            }
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = SOURCES.relativize(file) + ":" + (i + 1) + ": " + line.strip();
                if (line.strip().startsWith("*") || line.strip().startsWith("/*") || line.strip().startsWith("//")) {
                    continue;
                }
                if (LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher(line).find())) {
                    offences.add(where);
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    if (looksLikeARoute(literal.group(1), routes)) {
                        offences.add(where);
                        break;
                    }
                }
            }
        }
        assertThat(offences)
                .as("routes written by hand; use the module's *Locations class (e.g. PersonLocations.pupil(id))")
                .isEmpty();
    }

    @Test
    void theScanCatchesTheWaysARouteWasWrittenBefore() {
        Set<String> routes = routes();
        assertThat(looksLikeARoute("privacy/requests/", routes)).isTrue();
        assertThat(looksLikeARoute("pupils/", routes)).isTrue();
        assertThat(looksLikeARoute("timetable/day?date=", routes)).isTrue();
        assertThat(looksLikeARoute("privacy/requests", routes)).isTrue();
        // A single word is a route only where a link is built (a JPA join on "trainers" is not a link).
        assertThat(looksLikeARoute("trainers", routes)).isFalse();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("return new Anchor(\"groups/\" + groupId, name);").find())).isTrue();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("@Route(\"pupils\")").find())).isTrue();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("@Route(value = \"login\", autoLayout = false)").find())).isTrue();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("ui.navigate(\"privacy/requests/\" + id)").find())).isTrue();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("LitRenderer.of(\"<a href=\\\"pupils/${item.id}\\\">\")").find())).isTrue();
        assertThat(LINK_WITH_LITERAL.stream().anyMatch(p -> p.matcher("LitRenderer.of(\"<a href=\\\"${item.href}\\\">\")").find())).isFalse();
    }

    /** A literal that starts a path below a known route, or names a route of more than one segment. */
    private static boolean looksLikeARoute(String literal, Set<String> routes) {
        for (String route : routes) {
            if (literal.startsWith(route + "/") || literal.startsWith(route + "?")
                    || (route.contains("/") && literal.equals(route))) {
                return true;
            }
        }
        return false;
    }

    /** The string constants the Locations classes publish (query parameter names excluded: they hold no slash). */
    private static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : LOCATIONS) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                    try {
                        String value = (String) field.get(null);
                        if (!value.isEmpty()) {
                            routes.add(value);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return routes;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
