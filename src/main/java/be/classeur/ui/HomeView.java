package be.classeur.ui;

import be.classeur.kernel.Roles;
import be.classeur.ui.components.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The start page: forwards to the first page the user's roles may open (the privacy officer's start page only for
 * privacy officers), or greets a user who has none yet.
 */
@Route(ShellLocations.HOME)
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public HomeView() {
        add(new H2(getTranslation("ui.home.title")), new Paragraph(getTranslation("ui.home.text")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean officer = CurrentUser.hasRole(Roles.PRIVACY_OFFICER);
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .filter(e -> officer || e.menuClass() == null || !OfficerStartPage.class.isAssignableFrom(e.menuClass()))
                .toList();
        if (!entries.isEmpty()) {
            event.forwardTo(entries.getFirst().path());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.home.title");
    }
}
