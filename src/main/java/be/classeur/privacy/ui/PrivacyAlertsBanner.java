package be.classeur.privacy.ui;

import be.classeur.privacy.RequestRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** The privacy officer's alert on the queue: how many open requests are due within 7 days, how many are overdue. */
class PrivacyAlertsBanner extends Div {
    PrivacyAlertsBanner(List<RequestRow> dueSoonAndOverdue) {
        long overdue = dueSoonAndOverdue.stream().filter(RequestRow::overdue).count();
        long dueSoon = dueSoonAndOverdue.size() - overdue;
        setVisible(!dueSoonAndOverdue.isEmpty());
        addClassName("classeur-alert");
        getElement().setAttribute("role", "status");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", overdue > 0 ? "var(--lumo-error-color-10pct)" : "var(--lumo-warning-color-10pct, #fff3cd)")
                .set("color", overdue > 0 ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        add(VaadinIcon.WARNING.create());
        add(" " + getTranslation("privacy.alerts.banner", dueSoon, overdue));
    }
}
