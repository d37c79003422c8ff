package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.ui.PupilsView;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.HomeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The due-soon and overdue alerts outside the queue: the privacy officer starts on the queue (with its banner), and
 * the queue's navigation entry carries their number on every page; other users see no badge.
 */
@SpringBootTest
@WithUserDetails("dpo")
class PrivacyAlertsNavigationTest extends SpringBrowserlessTest {
    private static final String QUEUE = RequestsView.class.getAnnotation(Route.class).value();

    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    Clock clock;

    private void recordReceivedDaysAgo(int days) {
        requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Alerte" + System.nanoTime(), null, null,
                RequestChannel.POST, LocalDate.now(clock).minusDays(days), null));
    }

    private List<SideNavItem> navigationItems() {
        return find(SideNavItem.class).all();
    }

    private Optional<SideNavItem> queueItem() {
        return navigationItems().stream().filter(i -> i.getPath().replaceAll("^/+|/+$", "").equals(QUEUE)).findFirst();
    }

    /** The badge beside the queue's entry: the number shown, then the sentence for screen readers. */
    private List<Span> badgeParts() {
        Component suffix = queueItem().orElseThrow().getSuffixComponent();
        assertThat(suffix).isNotNull();
        return suffix.getChildren().map(Span.class::cast).toList();
    }

    @Test
    void theQueuesEntryShowsHowManyRequestsAreDueSoonOrOverdueOnEveryPage() {
        recordReceivedDaysAgo(28);                                   // a few days left
        navigate(PupilsView.class);
        int expected = requestQueue.dueSoonAndOverdue().size();
        assertThat(expected).isPositive();
        List<Span> badge = badgeParts();
        assertThat(badge.get(0).getText()).isEqualTo(String.valueOf(expected));
        assertThat(badge.get(0).getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(badge.get(1).getText()).isEqualTo((expected == 1 ? "1 demande" : expected + " demandes")
                + " à échéance dans 7 jours ou en retard");
        assertThat(badge.get(1).getClassNames()).contains("sr-only");

        recordReceivedDaysAgo(70);                                   // overdue
        navigate(RequestsView.class);
        assertThat(badgeParts().get(0).getText()).isEqualTo(String.valueOf(expected + 1));
        // No other entry carries a badge.
        assertThat(navigationItems()).filteredOn(i -> i.getSuffixComponent() != null).hasSize(1);
    }

    @Test
    void theOfficerStartsOnTheDashboardAndFindsTheAlertsOnTheQueue() {
        recordReceivedDaysAgo(70);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(be.classeur.dashboard.ui.DashboardView.class);
        navigate(RequestsView.class);
        PrivacyAlertsBanner banner = find(PrivacyAlertsBanner.class).single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively()).contains("en retard");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesNoBadgeAndNoQueue() {
        navigate(PupilsView.class);
        assertThat(queueItem()).isEmpty();
        assertThat(navigationItems()).isNotEmpty().allSatisfy(i -> assertThat(i.getSuffixComponent()).isNull());
    }
}
