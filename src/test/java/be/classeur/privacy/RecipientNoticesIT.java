package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.RecipientNotices;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LoginNotices;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Pupil;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.support.Classrooms;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Art. 19 on the real services and database: rectifying, erasing or restricting a person through a request tells the
 * trainers of the groups that person's pupils are in, once, at their next sign-in, saying no more than needed; the
 * request's history says which trainers were told (by role and number) and which have no account to be told in.
 */
@SpringBootTest
@WithUserDetails("dpo")
class RecipientNoticesIT {
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
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    RectificationService rectifications;
    @Autowired
    RecipientNotices notices;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Classrooms classrooms;
    long teacher;
    String teacherLogin;
    long withoutAccount;
    long otherTeacher;
    String otherLogin;
    long pupilId;
    String pupilName;
    long guardianId;
    String groupName;

    /** A pupil and their guardian; the pupil's group has a trainer with an account and one without; another group does not have the pupil. */
    @BeforeEach
    void aPupilInAGroupWithTwoTrainersAndAnotherGroup() {
        classrooms = new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
        teacher = classrooms.trainer();
        teacherLogin = classrooms.accountFor(teacher);
        withoutAccount = classrooms.trainer();
        otherTeacher = classrooms.trainer();
        otherLogin = classrooms.accountFor(otherTeacher);
        long groupId = classrooms.group(GroupStatus.RUNNING, teacher, withoutAccount);
        classrooms.group(GroupStatus.RUNNING, otherTeacher);
        groupName = classrooms.groupName(groupId);
        pupilId = classrooms.pupil("Jade", Classrooms.guardian("Karim", "0470 66 66 60"));
        guardianId = classrooms.links(pupilId).getFirst().guardianId();
        pupilName = classrooms.links(pupilId).getFirst().pupilName();
        classrooms.enrol(groupId, pupilId);
    }

    private long request(Right... rights) {
        long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(guardianId), "Karim",
                null, List.of(pupilId), RequestChannel.EMAIL, classrooms.today(), null));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    private List<LoginNotices.Notice> shownAtSignIn(String login) {
        return as(users, login, notices::takeUnread);
    }

    private String toldLine(String change) {
        return "Destinataires informés de " + change + " (RGPD, art. 19) : formateur·rice n° " + teacher
                + ". Sans compte, à informer par un autre moyen : formateur·rice n° " + withoutAccount + ".";
    }

    @Test
    void aRectifiedPupilsTrainersAreToldOnceAtTheirNextSignIn() {
        long id = request(Right.RECTIFICATION);
        Pupil pupil = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(pupilId));
        String corrected = unique("Corrige");
        pupil.setLastName(corrected);

        rectifications.rectify(pupil, id);

        assertThat(shownAtSignIn(teacherLogin)).containsExactly(new LoginNotices.Notice("accounts.notice.RECTIFIED.pupil",
                List.of("Jade " + corrected, groupName)));
        assertThat(shownAtSignIn(teacherLogin)).as("shown once, then marked read").isEmpty();
        assertThat(shownAtSignIn(otherLogin)).as("a trainer who does not teach the pupil").isEmpty();
        List<StatusChangeRow> history = requestWorkflow.detail(id).history();
        assertThat(history.getLast().noteIn(java.util.Locale.FRENCH)).isEqualTo(toldLine("la rectification")).doesNotContain(teacherLogin);
        assertThat(history.get(history.size() - 2).noteIn(java.util.Locale.FRENCH)).startsWith("Rectification (élève n° " + pupilId + ")");
    }

    @Test
    void restrictingAGuardianTellsTheTrainersOfTheirChildsGroups() {
        long id = request(Right.RESTRICTION);

        subjectRights.restrict(id, DataSubjectRef.guardian(guardianId), true);

        assertThat(shownAtSignIn(teacherLogin)).containsExactly(new LoginNotices.Notice("accounts.notice.RESTRICTED.guardian",
                List.of(pupilName, groupName)));
        assertThat(shownAtSignIn(otherLogin)).isEmpty();
        assertThat(requestWorkflow.detail(id).history().getLast().noteIn(java.util.Locale.FRENCH)).isEqualTo(toldLine("la limitation du traitement"));

        subjectRights.restrict(id, DataSubjectRef.guardian(guardianId), false);
        assertThat(shownAtSignIn(teacherLogin)).as("lifting the restriction is not a change to tell").isEmpty();
    }

    @Test
    void anErasedPupilIsNeverNamedAndEarlierNoticesForgetTheirName() {
        long id = request(Right.RESTRICTION, Right.ERASURE);
        subjectRights.restrict(id, DataSubjectRef.pupil(pupilId), true);
        assertThat(jdbc.queryForList("select pupil_name from recipient_notice where pupil_id = ?", String.class, pupilId))
                .containsExactly(pupilName);

        subjectRights.erase(id, DataSubjectRef.pupil(pupilId));

        assertThat(shownAtSignIn(teacherLogin)).containsExactly(
                new LoginNotices.Notice("accounts.notice.RESTRICTED.unnamed", List.of("", groupName)),
                new LoginNotices.Notice("accounts.notice.ERASED.unnamed", List.of("", groupName)));
        assertThat(jdbc.queryForList("select pupil_name from recipient_notice where pupil_id = ?", String.class, pupilId))
                .containsOnlyNulls().hasSize(2);
        assertThat(requestWorkflow.detail(id).history().getLast().noteIn(java.util.Locale.FRENCH)).isEqualTo(toldLine("l’effacement"));
    }
}
