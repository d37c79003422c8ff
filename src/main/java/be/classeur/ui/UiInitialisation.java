package be.classeur.ui;

import be.classeur.kernel.UserPreferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every new UI gets the signed-in user's language (French otherwise), and every session an error handler
 * that logs the cause with a reference and shows the user a translated message, never a stack trace.
 */
@Component
class UiInitialisation implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiInitialisation.class);
    private final UserPreferences preferences;

    UiInitialisation(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionEvent ->
                sessionEvent.getSession().setErrorHandler(UiInitialisation::handleError));
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            Locale chosen = (Locale) ui.getSession().getAttribute(Locale.class);
            Locale locale = chosen != null ? chosen : preferences.currentPreferredLocale().orElse(Locale.FRENCH);
            ui.setLocale(ClasseurI18NProvider.supported(locale));
        });
    }

    static void handleError(ErrorEvent event) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unhandled UI error [ref {}]", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(ui.getTranslation("ui.error.unexpected", reference), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    /** Remembers a language chosen before login (on the login page) for this browser session. */
    static void rememberSessionLocale(Locale locale) {
        VaadinSession.getCurrent().setAttribute(Locale.class, locale);
    }
}
