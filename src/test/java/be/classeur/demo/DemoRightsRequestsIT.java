package be.classeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo queue the privacy officer meets on the first start: a request in each state that matters. */
@SpringBootTest
@WithUserDetails("dpo")
class DemoRightsRequestsIT {
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    RequestWorkflowService requestWorkflow;

    private List<RequestRow> loadedByTheDemo(RequestStatus status) {
        return requestQueue.search(new RequestFilter(status, null, null, false, null), PageRequest.of(0, 500)).getContent().stream()
                .filter(row -> requestWorkflow.detail(row.id()).history().getFirst().changedBy().equals("demo-loader"))
                .toList();
    }

    @Test
    void theDemoQueueHasADueSoonAnOverdueANewAndAClosedRequest() {
        List<RequestRow> inProgress = loadedByTheDemo(RequestStatus.IN_PROGRESS);
        assertThat(inProgress).singleElement().satisfies(row -> {
            assertThat(row.daysLeft()).isBetween(0L, (long) RequestQueueService.DUE_SOON_DAYS);
            assertThat(row.assignee()).isEqualTo("dpo");
            RequestDetail detail = requestWorkflow.detail(row.id());
            assertThat(detail.represented()).as("a guardian asking for a child").hasSize(1);
            assertThat(detail.allMatchesConfirmed()).isTrue();
        });

        List<RequestRow> received = loadedByTheDemo(RequestStatus.RECEIVED);
        assertThat(received).anySatisfy(row -> {
            assertThat(row.rights()).containsExactly(Right.ERASURE);
            assertThat(row.daysLeft()).isNegative();
            assertThat(requestWorkflow.detail(row.id()).requester()).as("not found in the records").isNull();
        });
        assertThat(received).anySatisfy(row -> assertThat(row.rights()).contains(Right.OBJECTION, Right.CONSENT_WITHDRAWAL));

        assertThat(loadedByTheDemo(RequestStatus.CLOSED)).singleElement()
                .satisfies(row -> assertThat(requestWorkflow.detail(row.id()).replyRecordedOn()).isNotNull());
        assertThat(requestQueue.dueSoonAndOverdue()).extracting(RequestRow::id)
                .contains(inProgress.getFirst().id());
    }
}
