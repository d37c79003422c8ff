package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.Actors;
import be.classeur.kernel.SystemJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A scheduled job acts as its own named principal, with the rights of that job and nothing more. */
@SpringBootTest
class SystemJobRightsIT {
    @Autowired
    PrivacyAlertJob alerts;
    @Autowired
    IdentityCopyExpiryJob identityCopies;
    @Autowired
    RequestQueueService requestQueue;

    @Test
    void aJobIsNamedAsItselfWithItsOneRole() {
        assertThat(SystemJob.run(PrivacyAlertJob.NAME, Actors::current)).isEqualTo("system:privacy-alerts");
        assertThat(SystemJob.run(PrivacyAlertJob.NAME, Actors::currentRoles)).isEqualTo("SYSTEM_JOB");
        assertThat(SystemJob.run(PrivacyAlertJob.NAME, Actors::currentAccountId)).isNull();
    }

    @Test
    void aJobCannotCallTheOfficersServicesNorAnotherJobsWork() {
        assertThat(SystemJob.run(PrivacyAlertJob.NAME, alerts::report)).isNotNull();
        assertThatThrownBy(() -> SystemJob.run(PrivacyAlertJob.NAME,
                () -> requestQueue.search(new RequestFilter(null, null, null, false, null), PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemJob.run(PrivacyAlertJob.NAME, identityCopies::deleteExpired))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemJob.run(IdentityCopyExpiryJob.NAME, alerts::report))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void noPersonRunsAJobsWorkAndTheSignedInUserIsBackAfterAJob() {
        assertThatThrownBy(() -> identityCopies.deleteExpired()).isInstanceOf(AccessDeniedException.class);
        SystemJob.run(PrivacyAlertJob.NAME, alerts::report);
        assertThat(Actors.current()).isEqualTo("dpo");
    }
}
