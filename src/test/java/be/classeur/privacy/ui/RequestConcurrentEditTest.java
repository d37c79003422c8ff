package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Two officers on one request: the second one's stale page never overwrites the first one's change unseen. */
@SpringBootTest
@WithUserDetails("dpo")
class RequestConcurrentEditTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    @Test
    void aStalePageOffersToReloadAndChangesNothing() {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Concurrence " + System.nanoTime(), null,
                null, RequestChannel.EMAIL, LocalDate.now(clock), null));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        long shownVersion = requestWorkflow.detail(id).version();

        // Meanwhile, another officer assigns the request to a colleague and starts working on it.
        requestWorkflow.assign(id, "direction", shownVersion);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, "pris en charge");

        test(view.assignToMe).click();

        assertThat(find(ConfirmDialog.class).last().isOpened()).isTrue();
        assertThat(requestWorkflow.detail(id).assignee()).as("the colleague's assignment stays").isEqualTo("direction");
        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null, shownVersion))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);

        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(view.assignToMe.isVisible()).as("after reloading, the page shows the current request").isTrue();
        test(view.assignToMe).click();
        assertThat(requestWorkflow.detail(id).assignee()).isEqualTo("dpo");
    }
}
