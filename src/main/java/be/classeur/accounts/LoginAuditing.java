package be.classeur.accounts;

import be.classeur.kernel.audit.SecurityEvent;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and refused logins go to the audit log. A refused login never stores what was typed as the username: people
 * often type their password there. When it names an existing account, the line names that account as the audit log
 * does elsewhere (number and roles, never the login name, which erasure may replace); otherwise it records only the fact. Both keep the client's address.
 */
@Component
class LoginAuditing {
    private final ApplicationEventPublisher events;
    private final UserAccountRepository accounts;

    LoginAuditing(ApplicationEventPublisher events, UserAccountRepository accounts) {
        this.events = events;
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // By account id, not login name (see AccountService.auditName).
        Object principal = event.getAuthentication().getPrincipal();
        events.publishEvent(SecurityEvent.of("LOGIN", principal instanceof ClasseurUser user
                ? "account #" + user.accountId() : event.getAuthentication().getName()));
    }

    @EventListener
    @Transactional
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        // The same match as at login (DatabaseUserDetailsService): case-insensitive, surrounding spaces ignored.
        Optional<UserAccount> account = typed == null || typed.isBlank() ? Optional.empty()
                : accounts.findByUsernameIgnoreCase(typed.strip());
        String who = account.map(a -> "account #" + a.getId() + " " + a.getRoles())
                .orElse("no such account");
        events.publishEvent(SecurityEvent.of("LOGIN_FAILED", who + ": " + event.getException().getClass().getSimpleName()
                + " from " + clientAddress(event.getAuthentication().getDetails())));
    }

    private static String clientAddress(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "an unknown address";
    }
}
