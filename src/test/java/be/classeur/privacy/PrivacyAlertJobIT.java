package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SystemJob;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The daily alert job reports overdue and soon-due open requests, as its own system principal. */
@SpringBootTest
class PrivacyAlertJobIT {
    @Autowired
    PrivacyAlertJob job;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("dpo")
    void anOverdueRequestIsReportedAndAnAnsweredOneIsNot() {
        LocalDate today = LocalDate.now(clock);
        long overdue = record("Retard" + System.nanoTime(), today.minusMonths(2));
        long soon = record("Bientôt" + System.nanoTime(), today.minusDays(28));
        long fresh = record("Frais" + System.nanoTime(), today);
        long answered = record("Répondu" + System.nanoTime(), today.minusMonths(2));
        requestWorkflow.changeStatus(answered, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(answered, RequestStatus.ANSWERED, "Fait");

        List<PrivacyAlert> alerts = SystemJob.run(PrivacyAlertJob.NAME, job::report); // as the schedule runs it


        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.requestId()).isEqualTo(overdue);
            assertThat(a.overdue()).isTrue();
            assertThat(a.daysLeft()).isNegative();
        });
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.requestId()).isEqualTo(soon);
            assertThat(a.overdue()).isFalse();
            assertThat(a.daysLeft()).isBetween(0L, 7L);
        });
        assertThat(alerts).extracting(PrivacyAlert::requestId).doesNotContain(fresh, answered);
        assertThat(alerts).extracting(PrivacyAlert::daysLeft).isSorted();
    }

    private long record(String name, LocalDate receivedOn) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                receivedOn, null));
    }
}
