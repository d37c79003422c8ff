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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the user's roles may not open: Vaadin's access control answers
 * "not found" to a signed-in user without the role, so that routes do not reveal themselves.
 */
// Inside the shell, with its menu: only signed-in users reach it (anonymous ones are sent to the login page first).
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {
    private final transient RouterAccessDenials denials;

    public NotFoundView(RouterAccessDenials denials) {
        this.denials = denials;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // A route the roles may not open shows as not found: that refusal is audited (every access denial is).
        denials.recordIfRefused(event);
        removeAll();
        addClassName("classeur-not-found");
        add(new H2(getTranslation("ui.notFound.title")),
                new Paragraph(getTranslation("ui.notFound.text")),
                new Anchor(ShellLocations.HOME, getTranslation("ui.error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.notFound.title");
    }
}
