package be.classeur.timetable.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.support.Classrooms;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The trainer's group page shows, per pupil, the phone of the first guardian who may be contacted, or "contact the
 * office", and records one audit line per pupil shown. The group is closed, so that it stays out of the demo trainer's
 * "my groups" list that other tests count on; its roster still opens for its own trainer.
 */
@SpringBootTest
@WithUserDetails("formateur")
class RosterContactViewTest extends SpringBrowserlessTest {
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
    List<PersonalDataHandler> handlers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void eachPupilShowsAContactablePhoneOrContactTheOfficeAndTheViewIsAudited() {
        Classrooms classrooms = new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
        long groupId = classrooms.group(GroupStatus.CLOSED, currentTrainer.trainerId().orElseThrow());
        long reachable = classrooms.pupil("Lucie", Classrooms.guardian("Nadia", "0470 77 77 70"));
        long unreachable = classrooms.pupil("Marc", Classrooms.guardian("Olivier", "0470 77 77 71"));
        classrooms.enrol(groupId, reachable);
        classrooms.enrol(groupId, unreachable);
        long restrictedGuardian = classrooms.links(unreachable).getFirst().guardianId();
        as(users, "dpo", () -> {
            handlers.forEach(h -> h.restrict(DataSubjectRef.guardian(restrictedGuardian), true));
            return null;
        });
        String phone = classrooms.links(reachable).getFirst().guardianPhone();

        UI.getCurrent().navigate("my-groups/" + groupId);

        MyGroupView view = (MyGroupView) getCurrentView();
        GridTester<?, ?> roster = test(view.roster);
        Map<String, String> shown = new HashMap<>();
        for (int row = 0; row < roster.size(); row++) {
            shown.put(roster.getCellText(row, 0), roster.getCellText(row, 4));
        }
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Lucie", phone,
                "Marc", view.getTranslation("timetable.myGroups.contactOffice")));
        assertThat(view.getTranslation("timetable.myGroups.contactOffice")).isEqualTo("Contacter le secrétariat");
        assertThat(jdbc.queryForList("select subject_id from audit_event where action = 'ROSTER_VIEWED' and actor_account_id = "
                + "(select id from user_account where username = 'formateur') "
                + "and detail = ?", Long.class, "roster of course group " + groupId + ", seen as TRAINER"))
                .containsExactlyInAnyOrder(reachable, unreachable);
    }
}
