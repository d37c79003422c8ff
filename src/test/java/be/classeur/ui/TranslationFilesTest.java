package be.classeur.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.Role;
import be.classeur.kernel.Labelled;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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

    /**
     * Every enum a user sees implements {@link Labelled}; every constant of each has its label in the three files, and
     * the school years their short form too ("sup" and "adulte" must not read French in English or Dutch).
     */
    @Test
    void everyEnumLabelExistsInEveryLanguage() throws IOException {
        List<Class<?>> labelled = labelledEnums();
        assertThat(labelled).as("enums implementing Labelled")
                .contains(SchoolYear.class, PupilStage.class, PersonKind.class, Role.class, ContactKind.class,
                        Relationship.class, DataSource.class, ArchiveFilter.class);
        for (String language : List.of("fr", "en", "nl")) {
            Set<String> keys = load(language).stringPropertyNames();
            for (Class<?> type : labelled) {
                for (Object constant : type.getEnumConstants()) {
                    assertThat(keys).as(language + " label of " + type.getSimpleName() + "." + constant)
                            .contains(((Labelled) constant).labelKey());
                }
            }
            for (SchoolYear year : SchoolYear.values()) {
                assertThat(keys).as(language + " short label of " + year).contains(year.shortLabelKey());
            }
        }
    }

    @Test
    void higherEducationAndAdultsReadInTheReadersLanguage() throws IOException {
        assertThat(load("fr").getProperty(SchoolYear.HIGHER.shortLabelKey())).isEqualTo("Supérieur");
        assertThat(load("en").getProperty(SchoolYear.HIGHER.shortLabelKey())).isEqualTo("Higher education");
        assertThat(load("nl").getProperty(SchoolYear.ADULT.shortLabelKey())).isEqualTo("Volwassene");
    }

    /** An enum with a label key that does not say so would escape the check above. */
    @Test
    void everyEnumWithALabelKeyIsMarkedLabelled() {
        classes().that().areEnums().and(new DescribedPredicate<JavaClass>("declare labelKey()") {
                    @Override
                    public boolean test(JavaClass type) {
                        return type.getMethods().stream().anyMatch(m -> m.getName().equals("labelKey") && m.getRawParameterTypes().isEmpty());
                    }
                })
                .should().implement(Labelled.class)
                .check(MAIN_CLASSES);
    }

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("be.classeur");

    private static List<Class<?>> labelledEnums() {
        return MAIN_CLASSES.stream().filter(JavaClass::isEnum).filter(c -> c.isAssignableTo(Labelled.class))
                .map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
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
