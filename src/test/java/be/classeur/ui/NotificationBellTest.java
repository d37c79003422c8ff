package be.classeur.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.ClasseurUser;
import be.classeur.accounts.PrivacyOfficerNotices;
import be.classeur.kernel.Inbox;
import be.classeur.kernel.SystemJob;
import be.classeur.retention.RetentionLocations;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The bell in the shell, on the real inbox: its accessible name says how many notices are unread, its list shows a
 * notice with its link, and "mark as read" lowers the count.
 */
@SpringBootTest
@WithUserDetails("dpo")
class NotificationBellTest extends SpringBrowserlessTest {
    @Autowired
    PrivacyOfficerNotices officerNotices;
    @Autowired
    Inbox inbox;

    @Test
    void theBellCountsTheUnreadNoticesListsThemAndMarksThemRead() {
        long me = AccountService.currentUser().map(ClasseurUser::accountId).orElseThrow();
        SystemJob.run(SystemJob.MORNING_ALERTS, () -> {
            officerNotices.write(me, List.of(new PrivacyOfficerNotices.Draft("alerts.purgeQueue.notice", List.of("7"),
                    RetentionLocations.PURGE), new PrivacyOfficerNotices.Draft("alerts.purgeQueue.notice", List.of("8"),
                    RetentionLocations.PURGE)));
            return null;
        });
        long unread = inbox.unreadCount();
        assertThat(unread).isGreaterThanOrEqualTo(2);

        UI.getCurrent().navigate("");

        Button bell = find(Button.class).withClassName("classeur-bell").single();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, " + unread + " non lues");
        Popover popover = find(Popover.class).withClassName("classeur-bell-popover").single();
        popover.setOpened(true);
        ComponentUtil.fireEvent(popover, new Popover.OpenedChangeEvent(popover, true));

        ListItem item = find(ListItem.class).withClassName("classeur-bell-item").all().stream()
                .filter(i -> i.getElement().getTextRecursively()
                        .contains("Personnes en attente de votre confirmation pour l’effacement (conservation) : 7"))
                .findFirst().orElseThrow();
        Anchor link = find(Anchor.class, item).single();
        assertThat(link.getHref()).isEqualTo(RetentionLocations.PURGE);
        test(find(Button.class, item).withClassName("classeur-bell-mark-read").single()).click();

        assertThat(inbox.unreadCount()).isEqualTo(unread - 1);
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, " + (unread - 1) + " non lues");

        test(find(Button.class).withClassName("classeur-bell-mark-all").single()).click();
        assertThat(inbox.unreadCount()).isZero();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notifications, 0 non lues");
    }
}
