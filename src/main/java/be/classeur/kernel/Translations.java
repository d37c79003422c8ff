package be.classeur.kernel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one loader of {@code vaadin-i18n/translations_*.properties} for code that writes text outside a view (letters,
 * history notes, notices, exports). Never falls back to the JVM's default locale: a letter in Dutch on a server set to
 * English stays Dutch, and a language without a file is an error rather than some other language.
 */
public final class Translations {
    public static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Translations() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in {@code locale}, its {@code {0}} placeholders filled with the locale's conventions. */
    public static String text(Locale locale, String key, Object... args) {
        return format(locale, bundle(locale).getString(key), args);
    }

    public static String format(Locale locale, String pattern, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
