package be.classeur.timetable.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.RecipientNotices;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Inbox;
import be.classeur.people.CatalogueService;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.support.Classrooms;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * After a pupil of their group is restricted through a request, the trainer sees the notice on the first page after
 * signing in, once. The group is closed so that it stays out of the demo trainer's list that other tests count on.
 */
@SpringBootTest
@WithUserDetails("formateur")
class LoginNoticeViewTest extends SpringBrowserlessTest {
    @Autowired
    UserDetailsService users;
    @Autowired
    PupilService pupils;
    @Autowired
    TrainerService trainers;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentTrainer currentTrainer;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    RecipientNotices notices;
    @Autowired
    Inbox inbox;
    @Autowired
    Clock clock;

    /** Leaves no unread notice behind for the demo trainer, whatever happened: it would open over other tests' pages. */
    @AfterEach
    void nothingLeftUnread() {
        notices.takeUnread();
    }

    @Test
    void theTrainerSeesTheNoticeOnceOnTheFirstPageAfterSigningIn() {
        Classrooms classrooms = new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
        long groupId = classrooms.group(GroupStatus.CLOSED, currentTrainer.trainerId().orElseThrow());
        long pupil = classrooms.pupil("Wanda", Classrooms.guardian("Xavier", "0470 12 12 12"));
        classrooms.enrol(groupId, pupil);
        LinkRow link = classrooms.links(pupil).getFirst();
        as(users, "dpo", () -> {
            long id = requestIntake.record(new RequestIntake(Set.of(Right.RESTRICTION), DataSubjectRef.guardian(link.guardianId()),
                    "Xavier", null, List.of(pupil), RequestChannel.EMAIL, classrooms.today(), null));
            requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
            subjectRights.restrict(id, DataSubjectRef.pupil(pupil), true);
            return null;
        });

        UI.getCurrent().navigate("my-groups");

        Dialog dialog = find(Dialog.class).withClassName("classeur-login-notices").single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Le traitement des données de " + link.pupilName().strip() + " (groupe " + classrooms.groupName(groupId) + ") est limité");
        assertThat(notices.takeUnread()).as("marked read once shown").isEmpty();
        // The same notice stays in the bell's list (one mechanism), read.
        assertThat(inbox.latest(5)).filteredOn(i -> i.messageKey().equals("accounts.notice.RESTRICTED.pupil"))
                .first().satisfies(i -> assertThat(i.unread()).isFalse());
    }
}
