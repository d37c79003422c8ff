package be.classeur.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.audit.AuditLog;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.support.Classrooms;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Opening a person's page is one "viewed" audit line; the page shown again after the user's own action on it (a save)
 * is not another one. Opening the page again is.
 */
@SpringBootTest
@WithUserDetails("admin")
class OwnActionAuditTest extends SpringBrowserlessTest {
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
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private Classrooms classrooms() {
        return new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
    }

    private long viewed(DataSubjectRef subject) {
        return auditLog.latestAbout(subject, 100).stream().filter(line -> line.action().equals("VIEWED")).count();
    }

    @Test
    void savingOnThePupilsPageDoesNotAuditAnotherView() {
        long pupil = classrooms().pupil("Wanda", Classrooms.guardian("Xavier", "0470 77 77 70"));
        DataSubjectRef ref = DataSubjectRef.pupil(pupil);

        PupilDetailView view = navigate(PupilDetailView.class, pupil);
        assertThat(viewed(ref)).isEqualTo(1);
        test(view.edit).click();
        test(find(PupilForm.class).single().save).click();
        assertThat(find(PupilForm.class).all()).as("saved and closed").isEmpty();
        assertThat(viewed(ref)).as("the page shown again after the save").isEqualTo(1);

        navigate(PupilDetailView.class, pupil);
        assertThat(viewed(ref)).as("opening the page again").isEqualTo(2);
    }

    @Test
    void savingOnTheGuardiansPageDoesNotAuditAnotherView() {
        Classrooms classrooms = classrooms();
        long pupil = classrooms.pupil("Yann", Classrooms.guardian("Zoé", "0470 77 77 71"));
        long guardian = classrooms.links(pupil).get(0).guardianId();
        DataSubjectRef ref = DataSubjectRef.guardian(guardian);

        GuardianDetailView view = navigate(GuardianDetailView.class, guardian);
        assertThat(viewed(ref)).isEqualTo(1);
        test(view.edit).click();
        test(find(GuardianForm.class).single().save).click();
        assertThat(find(GuardianForm.class).all()).as("saved and closed").isEmpty();
        assertThat(viewed(ref)).as("the page shown again after the save").isEqualTo(1);

        navigate(GuardianDetailView.class, guardian);
        assertThat(viewed(ref)).as("opening the page again").isEqualTo(2);
    }

    @Test
    void savingOnTheTrainersPageDoesNotAuditAnotherView() {
        long trainer = classrooms().trainer();
        DataSubjectRef ref = DataSubjectRef.trainer(trainer);

        TrainerDetailView view = navigate(TrainerDetailView.class, trainer);
        assertThat(viewed(ref)).isEqualTo(1);
        test(view.edit).click();
        test(find(TrainerForm.class).single().save).click();
        assertThat(find(TrainerForm.class).all()).as("saved and closed").isEmpty();
        assertThat(viewed(ref)).as("the page shown again after the save").isEqualTo(1);

        navigate(TrainerDetailView.class, trainer);
        assertThat(viewed(ref)).as("opening the page again").isEqualTo(2);
    }
}
