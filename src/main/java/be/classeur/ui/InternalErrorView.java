package be.classeur.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when a view fails to open: a translated message and a reference to find the logged cause. */
@PermitAll
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {
    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Navigation to {} failed [ref {}]", event.getLocation().getPath(), reference, parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("ui.error.title")),
                new Paragraph(getTranslation("ui.error.unexpected", reference)),
                new Anchor(ShellLocations.HOME, getTranslation("ui.error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.error.title");
    }
}
