package be.classeur.people.ui;

import be.classeur.kernel.Roles;
import com.vaadin.flow.component.UI;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small helpers the people views share. */
final class PeopleViews {
    private PeopleViews() {
    }

    /** Whether to show write actions; the services check again on their own. */
    static boolean canWrite() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
