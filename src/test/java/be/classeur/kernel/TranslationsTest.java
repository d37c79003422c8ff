package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TranslationsTest {
    private Locale previous;

    @BeforeEach
    void aJvmInEnglish() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreTheJvmLocale() {
        Locale.setDefault(previous);
    }

    @Test
    void eachSupportedLanguageReadsItsOwnFile() {
        assertThat(Translations.text(Locale.FRENCH, DateRange.END_BEFORE_START))
                .isEqualTo("La date de fin ne peut pas précéder la date de début.");
        assertThat(Translations.text(Locale.of("nl"), DateRange.END_BEFORE_START))
                .isEqualTo("De einddatum kan niet vóór de begindatum liggen.");
    }

    @Test
    void aLanguageWithoutAFileIsNotAnsweredInTheJvmsLanguage() {
        assertThatThrownBy(() -> Translations.bundle(Locale.GERMAN)).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void placeholdersAreFilledInTheGivenLanguage() {
        assertThat(Translations.format(Locale.FRENCH, "le {0}, {1} jours", DisplayFormats.DATE.format(LocalDate.of(2026, 11, 26)), 2.5))
                .isEqualTo("le 26/11/2026, 2,5 jours");
    }
}
