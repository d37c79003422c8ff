package be.classeur.privacy.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

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
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** After a requester's erasure, the request's page still says where the reply goes by post, until it is recorded. */
@SpringBootTest
@WithUserDetails("dpo")
class ErasureReplyAddressViewTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @Test
    void theRequestPageShowsThePostalAddressForTheReplyUntilTheReplyIsRecorded() {
        String lastName = unique("Courrier");
        long guardianId = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Noé");
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(10));
            Guardian guardian = new Guardian();
            guardian.setFirstName("Anne");
            guardian.setLastName(lastName);
            guardian.setStreet("Rue de la Poste 21");
            guardian.setPostalCode("4000");
            guardian.setCity("Liège");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            return pupils.guardiansOf(saved.getId()).getFirst().guardianId();
        });
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.guardian(guardianId),
                "Anne " + lastName, null, List.of(), RequestChannel.POST, LocalDate.now(clock), null));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        SubjectActionsSection actions = view.subjectActions;
        assertThat(find(Paragraph.class).withClassName("reply-address").all()).isEmpty();

        test(actions.erase).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        test(actions.confirmation).setValue(SubjectActionsSection.CONFIRM_WORD);
        test(actions.confirmErase).click();

        view = navigate(RequestDetailView.class, id);
        assertThat(find(Paragraph.class).withClassName("reply-address").single().getText())
                .contains("Anne " + lastName).contains("Rue de la Poste 21").contains("4000 Liège");

        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.recordReply(id, LocalDate.now(clock));
        navigate(RequestDetailView.class, id);
        assertThat(find(Paragraph.class).withClassName("reply-address").all()).isEmpty();
    }
}
