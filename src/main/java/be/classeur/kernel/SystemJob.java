package be.classeur.kernel;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a scheduled job as a named system principal, "system:&lt;job&gt;", whose only role is {@value #ROLE}: the
 * {@code @PreAuthorize} checks of what it calls are met explicitly (never bypassed by a missing user), no officer or
 * administrator method lets it in, and the audit log names the job (see {@link Actors}).
 */
public final class SystemJob {
    /** The one role of every job; a method a job may call checks it together with the job's name (see {@link #ONLY}). */
    public static final String ROLE = "SYSTEM_JOB";
    /** The principal name of a job is this prefix and the job's name. */
    public static final String PREFIX = Actors.SYSTEM + ":";
    /** A {@code @PreAuthorize} expression for one job only, once the job's name and a closing quote are appended. */
    public static final String ONLY = "hasRole('" + ROLE + "') and authentication.name == '" + PREFIX;
    /** The retention purge: the one job that erases people, through the personal-data handlers. */
    public static final String RETENTION_PURGE = "retention-purge";
    /** The morning alerts: in-app notices and the e-mail digest to the privacy officers; reads counts only. */
    public static final String MORNING_ALERTS = "morning-alerts";

    private SystemJob() {
    }

    /** Runs {@code work} as the job {@code name}, then restores whatever security context the thread had. */
    public static <T> T run(String name, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext job = SecurityContextHolder.createEmptyContext();
        job.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PREFIX + name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(job);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
