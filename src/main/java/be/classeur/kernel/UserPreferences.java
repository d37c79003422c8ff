package be.classeur.kernel;

import java.util.Locale;
import java.util.Optional;

/**
 * What the shell needs to know about the signed-in user without depending on the accounts module.
 */
public interface UserPreferences {
    /** The languages of the UI, French first. */
    java.util.List<Locale> SUPPORTED_LOCALES = java.util.List.of(Locale.FRENCH, Locale.ENGLISH, Locale.of("nl"));

    Optional<String> currentDisplayName();

    Optional<Locale> currentPreferredLocale();

    void saveCurrentPreferredLocale(Locale locale);
}
