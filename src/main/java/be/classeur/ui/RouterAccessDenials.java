package be.classeur.ui;

import be.classeur.kernel.Actors;
import be.classeur.kernel.audit.SecurityEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audits the routes Vaadin's navigation access control refuses to a signed-in user. The access control answers such a
 * refusal with the not-found page (routes do not reveal themselves), which asks here, once per navigation, whether the
 * address was a route the user's roles may not open rather than no route at all. The line names the route's path,
 * never the query string (it may hold a name searched).
 */
@Component
public class RouterAccessDenials {
    private final NavigationAccessControl accessControl;
    private final ApplicationEventPublisher events;

    RouterAccessDenials(NavigationAccessControl accessControl, ApplicationEventPublisher events) {
        this.accessControl = accessControl;
        this.events = events;
    }

    /** Writes an {@code ACCESS_DENIED} audit line when the not-found page stands for a refused route. */
    public void recordIfRefused(BeforeEnterEvent event) {
        // Only a signed-in account: anonymous users are sent to the login page, not refused.
        if (Actors.currentAccountId() == null) {
            return;
        }
        String path = event.getLocation().getPath();
        event.getSource().getRegistry().getNavigationTarget(path).ifPresent(target -> {
            VaadinService service = VaadinService.getCurrent();
            boolean production = service != null && service.getDeploymentConfiguration().isProductionMode();
            var context = accessControl.createNavigationContext(target, path, service, VaadinRequest.getCurrent());
            if (accessControl.checkAccess(context, production).decision() == AccessCheckDecision.DENY) {
                events.publishEvent(SecurityEvent.of("ACCESS_DENIED", "route " + path));
            }
        });
    }
}
