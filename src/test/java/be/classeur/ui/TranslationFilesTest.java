package be.classeur.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.Role;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.DataSource;
import be.classeur.people.domain.PupilStage;
import be.classeur.people.domain.Relationship;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three translation files have the same keys, and every key the code uses exists. */
class TranslationFilesTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:ui|people|accounts|validation|kernel|audit)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    private static final Pattern TEMPLATE = Pattern.compile("\\{((?:ui|people|accounts|validation|kernel)\\.[A-Za-z0-9_.]+)}");

    @Test
    void frenchEnglishAndDutchHaveTheSameKeys() throws IOException {
        Properties fr = load("fr");
        Properties en = load("en");
        Properties nl = load("nl");
        assertThat(fr).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
    }

    /** A key written twice is read as its last value, silently: a merge that kept an old text beside the new one. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : List.of("fr", "en", "nl")) {
            Path file = Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties");
            Map<String, Long> counts = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .collect(Collectors.groupingBy(key -> key, TreeMap::new, Collectors.counting()));
            assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("keys written more than once in " + file).isEmpty();
        }
    }

    @Test
    void noTranslationIsBlank() throws IOException {
        for (String language : new String[] {"fr", "en", "nl"}) {
            Properties p = load(language);
            assertThat(p.stringPropertyNames()).as(language)
                    .allSatisfy(key -> assertThat(p.getProperty(key)).as(language + " " + key).isNotBlank());
        }
    }

    @Test
    void everyKeyWrittenInTheCodeExists() throws IOException {
        Properties fr = load("fr");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_LITERAL.matcher(source), used);
                collect(TEMPLATE.matcher(source), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(fr.stringPropertyNames()).as("missing key").contains(key));
    }

    @Test
    void everyEnumLabelExists() throws IOException {
        Properties fr = load("fr");
        Map<Class<? extends Enum<?>>, Function<Object, String>> labels = Map.of(
                SchoolYear.class, e -> ((SchoolYear) e).labelKey(),
                PersonKind.class, e -> ((PersonKind) e).labelKey(),
                Role.class, e -> ((Role) e).labelKey(),
                PupilStage.class, e -> ((PupilStage) e).labelKey(),
                DataSource.class, e -> ((DataSource) e).labelKey(),
                Relationship.class, e -> ((Relationship) e).labelKey(),
                ContactKind.class, e -> ((ContactKind) e).labelKey(),
                ArchiveFilter.class, e -> ((ArchiveFilter) e).labelKey());
        labels.forEach((type, label) -> {
            for (Object constant : type.getEnumConstants()) {
                assertThat(fr.stringPropertyNames()).as(type.getSimpleName()).contains(label.apply(constant));
            }
        });
    }

    @Test
    void frenchTextsWithParametersUseTypographicApostrophes() throws IOException {
        // MessageFormat treats ' as a quote: "l'élève {0}" would lose text. French uses ’ instead.
        Properties fr = load("fr");
        assertThat(fr.stringPropertyNames()).allSatisfy(key ->
                assertThat(fr.getProperty(key)).as(key).doesNotContain("'"));
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translations_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
