package be.classeur.ui;

import be.classeur.kernel.Translations;
import be.classeur.kernel.UserPreferences;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations_*.properties}, French first. An unknown language falls
 * back to French, never to the JVM's default locale. A missing key shows as "!key" and is logged.
 */
@Component
public class ClasseurI18NProvider implements I18NProvider {
    public static final String BUNDLE = Translations.BUNDLE;
    private static final Logger log = LoggerFactory.getLogger(ClasseurI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return UserPreferences.SUPPORTED_LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        try {
            String pattern = Translations.bundle(effective).getString(key);
            return params.length == 0 ? pattern : Translations.format(effective, pattern, params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }

    /** The supported locale with the same language, or French. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.FRENCH;
        }
        return UserPreferences.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(Locale.FRENCH);
    }
}
