package be.classeur.kernel;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for audit lines and "recorded by" fields: the signed-in login name, or "system" for jobs. */
public final class Actors {
    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
