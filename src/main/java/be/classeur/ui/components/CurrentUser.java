package be.classeur.ui.components;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way views ask which roles the signed-in user holds, to show or hide actions. It only decides what is shown:
 * the services check again on their own with {@code @PreAuthorize}.
 */
public final class CurrentUser {
    private CurrentUser() {
    }

    /** Whether the signed-in user holds {@code role}, a name from {@link be.classeur.kernel.Roles}. */
    public static boolean hasRole(String role) {
        return hasAnyRole(role);
    }

    /** Whether the signed-in user holds at least one of {@code roles}. */
    public static boolean hasAnyRole(String... roles) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> Arrays.stream(roles).anyMatch(role -> ("ROLE_" + role).equals(a.getAuthority())));
    }
}
