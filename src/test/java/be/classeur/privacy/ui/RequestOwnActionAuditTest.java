package be.classeur.privacy.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.audit.AuditLog;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Opening a request's page is one "viewed" line on the requester; the page shown again after an action is not. */
@SpringBootTest
@WithUserDetails("dpo")
class RequestOwnActionAuditTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService intake;
    @Autowired
    RequestWorkflowService workflow;
    @Autowired
    PupilService pupils;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private long viewed(DataSubjectRef subject) {
        return auditLog.latestAbout(subject, 100).stream().filter(line -> line.action().equals("RIGHTS_REQUEST_VIEWED")).count();
    }

    @Test
    void assigningTheRequestToMeDoesNotAuditAnotherView() {
        String lastName = unique("Vue");
        long guardianId = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Ada");
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(20));
            Guardian guardian = new Guardian();
            guardian.setFirstName("Basile");
            guardian.setLastName(lastName);
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.FATHER)));
            return pupils.guardiansOf(saved.getId()).get(0).guardianId();
        });
        DataSubjectRef requester = DataSubjectRef.guardian(guardianId);
        long id = intake.record(new RequestIntake(Set.of(Right.ACCESS), requester, "Basile " + lastName, null, null,
                RequestChannel.POST, LocalDate.now(clock), null));

        RequestDetailView page = navigate(RequestDetailView.class, id);
        assertThat(viewed(requester)).isEqualTo(1);
        test(page.assignToMe).click();
        assertThat(workflow.detailAfterOwnAction(id).assignee()).as("assigned").isEqualTo("dpo");
        assertThat(viewed(requester)).as("the page shown again after the action").isEqualTo(1);

        navigate(RequestDetailView.class, id);
        assertThat(viewed(requester)).as("opening the page again").isEqualTo(2);
    }
}
