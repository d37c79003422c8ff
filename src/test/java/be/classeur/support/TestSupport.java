package be.classeur.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What many tests need: names no other test uses, and a step run as another demo account. */
public final class TestSupport {
    private TestSupport() {
    }

    /**
     * The prefix followed by letters drawn from the clock: unique within a test run and still a valid person name
     * (names refuse digits), so tests sharing one database never see each other's rows.
     */
    public static String unique(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (char c : Long.toString(System.nanoTime(), 36).toCharArray()) {
            name.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return name.toString();
    }

    /** Runs {@code work} signed in as the account {@code login} (real user details, real roles), then restores the test's user. */
    public static <T> T as(UserDetailsService users, String login, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(login);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
