package be.classeur.privacy;

import be.classeur.kernel.NavigationBadge;
import be.classeur.kernel.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The privacy officer's alert in the navigation: how many open rights requests are overdue or due within
 * {@value RequestQueueService#DUE_SOON_DAYS} days, the same list as the banner on the queue. Other users see none
 * (and the officer-only service is not called for them).
 */
@Component
class RequestsNavigationBadge implements NavigationBadge {
    static final String PATH = "privacy/requests";
    private static final String AUTHORITY = "ROLE_" + Roles.PRIVACY_OFFICER;

    private final RequestQueueService queue;

    RequestsNavigationBadge(RequestQueueService queue) {
        this.queue = queue;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public long count() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean officer = user != null && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
        return officer ? queue.countDueSoonAndOverdue() : 0;
    }

    @Override
    public String labelKey() {
        return "privacy.nav.dueBadge";
    }
}
