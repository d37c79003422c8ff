package be.classeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.RightsRequestService;
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
    RightsRequestService requests;

    private List<RequestRow> loadedByTheDemo(RequestStatus status) {
        return requests.search(new RequestFilter(status, null, null, false, null), PageRequest.of(0, 500)).getContent().stream()
                .filter(row -> requests.detail(row.id()).history().getFirst().changedBy().equals("demo-loader"))
                .toList();
    }

    @Test
    void theDemoQueueHasADueSoonAnOverdueANewAndAClosedRequest() {
        List<RequestRow> inProgress = loadedByTheDemo(RequestStatus.IN_PROGRESS);
        assertThat(inProgress).singleElement().satisfies(row -> {
            assertThat(row.daysLeft()).isBetween(0L, (long) RightsRequestService.DUE_SOON_DAYS);
            assertThat(row.assignee()).isEqualTo("dpo");
            RequestDetail detail = requests.detail(row.id());
            assertThat(detail.represented()).as("a guardian asking for a child").hasSize(1);
            assertThat(detail.allMatchesConfirmed()).isTrue();
        });

        List<RequestRow> received = loadedByTheDemo(RequestStatus.RECEIVED);
        assertThat(received).anySatisfy(row -> {
            assertThat(row.rights()).containsExactly(Right.ERASURE);
            assertThat(row.daysLeft()).isNegative();
            assertThat(requests.detail(row.id()).requester()).as("not found in the records").isNull();
        });
        assertThat(received).anySatisfy(row -> assertThat(row.rights()).contains(Right.OBJECTION, Right.CONSENT_WITHDRAWAL));

        assertThat(loadedByTheDemo(RequestStatus.CLOSED)).singleElement()
                .satisfies(row -> assertThat(requests.detail(row.id()).replyRecordedOn()).isNotNull());
        assertThat(requests.dueSoonAndOverdue()).extracting(RequestRow::id)
                .contains(inProgress.getFirst().id());
    }
}
