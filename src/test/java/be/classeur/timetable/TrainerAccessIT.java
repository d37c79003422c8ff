package be.classeur.timetable;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.RosterLine;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilService;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A trainer reaches their own groups and nothing else, and the services enforce it (not only the screens): another
 * trainer's group is refused with an access-denied error and an ACCESS_DENIED audit line; the roster carries only
 * what teaching needs; the people, group and calendar searches are closed to trainers.
 */
@SpringBootTest
@WithUserDetails("formateur")
class TrainerAccessIT {
    @Autowired
    Clock clock;
    @Autowired
    CourseGroupService groups;
    @Autowired
    TimetableService timetable;
    @Autowired
    PupilService pupils;
    @Autowired
    CurrentTrainer currentTrainer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void myGroupsAreExactlyTheGroupsTheTrainerTeaches() {
        long trainerId = currentTrainer.trainerId().orElseThrow();
        List<GroupRow> mine = groups.myGroups();
        assertThat(mine).hasSizeGreaterThanOrEqualTo(3);

        List<GroupRow> all = as(users, "admin", () -> groups.search(GroupFilter.all(), PageRequest.of(0, 500)).getContent());
        Set<Long> taught = as(users, "admin", () -> all.stream()
                .filter(g -> g.status() != GroupStatus.CLOSED)
                .filter(g -> groups.detail(g.id()).trainerIds().contains(trainerId))
                .map(GroupRow::id)
                .collect(Collectors.toSet()));
        assertThat(mine).extracting(GroupRow::id).containsExactlyInAnyOrderElementsOf(taught);
        assertThat(all.size()).isGreaterThan(mine.size());
    }

    @Test
    void theRosterOfAnOwnGroupHoldsOnlyWhatTeachingNeeds() {
        assertThat(Arrays.stream(RosterLine.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("firstName", "lastName", "schoolYear", "subjects", "guardianPhone");

        GroupRow own = groups.myGroups().stream()
                .filter(g -> g.enrolled() > 0).findFirst().orElseThrow();
        assertThat(groups.summary(own.id()).name()).isEqualTo(own.name());
        List<RosterLine> roster = groups.teachingRoster(own.id());
        assertThat(roster).hasSize((int) own.enrolled())
                .allSatisfy(line -> assertThat(line.firstName() + line.lastName()).isNotBlank());
    }

    @Test
    void anotherTrainersGroupIsRefusedAndAudited() {
        long otherGroup = otherTrainersGroup();
        long before = accessDeniedLines();

        assertThatThrownBy(() -> groups.teachingRoster(otherGroup)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.summary(otherGroup)).isInstanceOf(AccessDeniedException.class);

        assertThat(accessDeniedLines()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aGroupThatDoesNotExistIsRefusedToo() {
        assertThatThrownBy(() -> groups.teachingRoster(Long.MAX_VALUE - 3)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchesOfPeopleGroupsAndTheCalendarAreClosedToTrainers() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThatThrownBy(() -> pupils.search(PupilFilter.active(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.search(GroupFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.detail(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.sessions(monday, monday.plusDays(6), SessionFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.clashesBetween(monday, monday.plusDays(6))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTrainersSessionsAreOnlyTheirGroups() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<Long> mine = groups.myGroups().stream().map(GroupRow::id).collect(Collectors.toSet());
        List<SessionRow> sessions = timetable.mySessions(monday, monday.plusDays(13));
        assertThat(sessions).isNotEmpty().allSatisfy(s -> assertThat(mine).contains(s.groupId()));
    }

    private long otherTrainersGroup() {
        Set<Long> mine = groups.myGroups().stream().map(GroupRow::id).collect(Collectors.toSet());
        return as(users, "admin", () -> groups.search(GroupFilter.all(), PageRequest.of(0, 500)).getContent().stream()
                .map(GroupRow::id).filter(id -> !mine.contains(id)).findFirst().orElseThrow());
    }

    private long accessDeniedLines() {
        Long count = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        return count == null ? 0 : count;
    }
}
