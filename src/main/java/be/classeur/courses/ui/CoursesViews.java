package be.classeur.courses.ui;

import be.classeur.ui.components.CurrentUser;
import be.classeur.kernel.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Small helpers the course views share. */
final class CoursesViews {
    private CoursesViews() {
    }

    /** Whether to show write actions; the services check again on their own. */
    static boolean canWrite() {
        return CurrentUser.hasRole(Roles.ADMIN);
    }

    /** Whether the signed-in user may read course data (administrators and the privacy officer). */
    static boolean canRead() {
        return CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER);
    }

    /** A section of a person's page listing groups: a title over a compact grid that shows all its rows. */
    static Component groupsSection(String titleKey, String emptyKey, Grid<?> grid) {
        UI ui = UI.getCurrent();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(ui.getTranslation(emptyKey));
        VerticalLayout section = new VerticalLayout(new H3(ui.getTranslation(titleKey)), grid);
        section.setPadding(false);
        section.addClassName("classeur-section");
        return section;
    }

    /** A small Lumo badge; the text is set as text, never as HTML. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
