package be.classeur.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;

/**
 * The one place that audits the refusals of Spring Security: every {@code @PreAuthorize}/{@code @PostAuthorize}
 * refusal (object-level checks such as a trainer's own group included: their beans only log) and every request the
 * web security refuses to a signed-in user, one {@code ACCESS_DENIED} line each. Spring Security publishes these
 * events once an {@link AuthorizationEventPublisher} bean exists. The router's refusals (a route the roles may not
 * open) are audited by the not-found page, which Vaadin's navigation access control shows instead.
 * <p>
 * An anonymous request refused by the web security is not audited: it is every visit before signing in (the login
 * page follows), not an attempt to reach something forbidden. The line names the refused service method or the
 * request's method and path, never its arguments or query string, which may hold personal data.
 */
@Configuration(proxyBeanMethods = false)
class AccessDenialAuditing {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    DenialListener accessDenialListener(AuditLog log) {
        return new DenialListener(log);
    }

    static final class DenialListener {
        private final AuditLog log;

        DenialListener(AuditLog log) {
            this.log = log;
        }

        @EventListener
        void on(AuthorizationDeniedEvent<?> event) {
            Object refused = event.getObject();
            String detail;
            if (refused instanceof MethodInvocation invocation) {
                detail = "method " + method(invocation);
            } else if (refused instanceof MethodInvocationResult result) {
                detail = "result of " + method(result.getMethodInvocation());
            } else if (refused instanceof HttpServletRequest request) {
                Authentication who = event.getAuthentication().get();
                if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
                    return;
                }
                detail = "HTTP " + request.getMethod() + " " + request.getRequestURI();
            } else {
                detail = refused == null ? "unknown" : refused.getClass().getSimpleName();
            }
            log.recordDenial(detail);
        }

        private static String method(MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
    }
}
