package be.classeur.privacy.ui;

import be.classeur.privacy.IdentityProofService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinService;
import java.util.List;

/**
 * The privacy officer's alert on the queue when the age limit deleted identity copies in the last days
 * ({@link be.classeur.privacy.IdentityCopyExpiryJob}): which requests, so that a check left undone is not forgotten.
 */
class IdentityCopiesExpiredBanner extends Div {
    final List<Long> requestIds;

    /** The banner for the queue, with the service from the Spring context. */
    static IdentityCopiesExpiredBanner of() {
        return new IdentityCopiesExpiredBanner(VaadinService.getCurrent().getInstantiator().getOrCreate(IdentityProofService.class));
    }

    IdentityCopiesExpiredBanner(IdentityProofService proofs) {
        requestIds = proofs.requestsWithCopiesExpiredRecently();
        setVisible(!requestIds.isEmpty());
        addClassName("classeur-alert");
        getElement().setAttribute("role", "status");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-warning-color-10pct, #fff3cd)");
        add(VaadinIcon.TRASH.create());
        add(new Span(" " + getTranslation("privacy.identity.expiredBanner", proofs.copyMaxAgeDays(),
                IdentityProofService.EXPIRY_ALERT_DAYS, requestIds.size()) + " "));
        for (int i = 0; i < requestIds.size(); i++) {
            if (i > 0) {
                add(new Span(", "));
            }
            add(new RouterLink("n° " + requestIds.get(i), RequestDetailView.class, requestIds.get(i)));
        }
    }
}
