package be.classeur.courses.ui;

import be.classeur.kernel.Roles;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small helpers the course views share. */
final class CoursesViews {
    private CoursesViews() {
    }

    /** Whether to show write actions; the services check again on their own. */
    static boolean canWrite() {
        return hasAnyRole(Roles.ADMIN);
    }

    /** Whether the signed-in user may read course data (administrators and the privacy officer). */
    static boolean canRead() {
        return hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER);
    }

    private static boolean hasAnyRole(String... roles) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        Set<String> wanted = Set.of(roles).stream().map(r -> "ROLE_" + r).collect(java.util.stream.Collectors.toSet());
        return auth.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
    }

    /** A small Lumo badge; the text is set as text, never as HTML. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
