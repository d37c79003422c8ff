package be.classeur.ui.components;

import be.classeur.kernel.BusinessRuleException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated feedback after an action. */
public final class Notifications {
    private Notifications() {
    }

    public static void success(String messageKey, Object... params) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, params), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String messageKey, Object... params) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, params), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void rule(BusinessRuleException e) {
        error(e.messageKey(), e.arguments());
    }
}
