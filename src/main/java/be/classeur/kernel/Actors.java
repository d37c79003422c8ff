package be.classeur.kernel;

import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, for audit lines and "recorded by" fields: the signed-in login name, "system:&lt;job&gt;" for a scheduled
 * job (see {@link SystemJob}), or "system" for work done with nobody signed in (start-up, older lines).
 */
public final class Actors {
    public static final String SYSTEM = "system";

    private Actors() {
    }

    /** Whether {@code actor} is the system itself or one of its jobs rather than a person's login. */
    public static boolean isSystem(String actor) {
        return actor.equals(SYSTEM) || actor.startsWith(SystemJob.PREFIX);
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }

    /** The id of the signed-in account, or null for jobs and for principals that are not accounts. */
    public static @Nullable Long currentAccountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                ? account.accountId() : null;
    }

    /** The roles of whoever acts, without the "ROLE_" prefix, sorted and comma-separated; "SYSTEM" for jobs. */
    public static String currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "SYSTEM";
        }
        String roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                .collect(Collectors.joining(","));
        return roles.isEmpty() ? "NONE" : roles;
    }
}
