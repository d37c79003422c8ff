package be.classeur.accounts;

import be.classeur.kernel.audit.SecurityEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins and refused logins go to the audit log. */
@Component
class LoginAuditing {
    private final ApplicationEventPublisher events;

    LoginAuditing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // By account id, not login name (see AccountService.auditName).
        Object principal = event.getAuthentication().getPrincipal();
        events.publishEvent(SecurityEvent.of("LOGIN", principal instanceof ClasseurUser user
                ? "account #" + user.accountId() : event.getAuthentication().getName()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        events.publishEvent(SecurityEvent.of("LOGIN_FAILED",
                event.getAuthentication().getName() + ": " + event.getException().getClass().getSimpleName()));
    }
}
