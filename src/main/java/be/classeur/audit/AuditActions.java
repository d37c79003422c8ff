package be.classeur.audit;

import be.classeur.kernel.Translations;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The audit log's action codes in words. */
public final class AuditActions {
    private AuditActions() {
    }

    /** An action in words where a translation exists (the log's own, or the access export's), else its code. */
    public static String label(Locale locale, String action) {
        ResourceBundle bundle = Translations.bundle(locale);
        for (String key : List.of("audit.action." + action, "privacy.export.action." + action)) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return action;
    }
}
