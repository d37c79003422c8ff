package be.classeur.courses.ui;

import be.classeur.ui.components.CurrentUser;
import be.classeur.kernel.Roles;
import com.vaadin.flow.component.html.Span;

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

    /** A small Lumo badge; the text is set as text, never as HTML. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
