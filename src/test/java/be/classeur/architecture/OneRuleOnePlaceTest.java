package be.classeur.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules that must live in one place only: the display date format, the translation loader, the views' role check and
 * the organisation's time zone and the PDF writing. A second copy would drift (another pattern, a fallback to the JVM's locale, a forgotten "ROLE_" prefix).
 */
class OneRuleOnePlaceTest {
    private static final Path SOURCES = Path.of("src/main/java/be/classeur");

    @Test
    void theDisplayDateFormatIsDeclaredOnlyInDisplayFormats() {
        assertThat(filesContaining("\"dd/MM/yyyy")).containsExactly("kernel/DisplayFormats.java");
    }

    @Test
    void translationBundlesAreLoadedOnlyByTranslations() {
        assertThat(filesContaining("ResourceBundle.getBundle")).containsExactly("kernel/Translations.java");
        assertThat(filesContaining("\"vaadin-i18n/translations\"")).containsExactly("kernel/Translations.java");
    }

    @Test
    void viewsCheckRolesOnlyThroughCurrentUser() {
        assertThat(filesContaining("SecurityContextHolder").stream().filter(f -> f.contains("ui/")))
                .containsExactly("ui/components/CurrentUser.java");
        assertThat(filesContaining("\"ROLE_\"").stream().filter(f -> f.contains("ui/")))
                .containsExactly("ui/components/CurrentUser.java");
    }

    @Test
    void theOrganisationsTimeZoneIsDeclaredOnlyInDisplayFormats() {
        // MomentsToUtc names Brussels too, on purpose: the zone the old rows were written in, not today's setting.
        assertThat(filesContaining("\"Europe/Brussels\"")).containsExactly("kernel/DisplayFormats.java", "kernel/MomentsToUtc.java");
    }

    @Test
    void viewsShowEnumValuesOnlyThroughLabels() {
        // One spelling: Labels.of(value), so that a value without a label (null) and school years' short forms have one rule.
        java.util.regex.Pattern rawLabel = java.util.regex.Pattern.compile("getTranslation\\([\\w.()]*\\.labelKey\\(\\)\\)");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).filter(f -> rawLabel.matcher(read(f)).find())
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/')).filter(f -> f.contains("ui/")).sorted().toList())
                    .containsExactly("ui/components/Labels.java");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pdfsAreWrittenOnlyByPdfDocument() {
        assertThat(filesContaining("import com.lowagie.")).containsExactly("privacy/PdfDocument.java");
    }

    private static List<String> filesContaining(String text) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains(text))
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
