package be.classeur.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the signed-in user (e.g. a trainer asking for another trainer's group). The service has
 * already logged and audited the attempt; the user gets a plain, translated explanation.
 */
// Inside the shell, with its menu: only signed-in users reach it (anonymous ones are sent to the login page first).
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("classeur-access-denied");
        add(new H2(getTranslation("ui.accessDenied.title")),
                new Paragraph(getTranslation("ui.accessDenied.text")),
                new Anchor(ShellLocations.HOME, getTranslation("ui.error.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.accessDenied.title");
    }
}
