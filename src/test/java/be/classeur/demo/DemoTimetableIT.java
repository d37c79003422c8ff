package be.classeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupDetail;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.timetable.Clash;
import be.classeur.timetable.ClashKind;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo's year: a school year and an Easter course, groups in rooms with weekly slots, enrolments within
 * capacity, the first groups taught by the demo trainer account's trainer, and exactly the two deliberate clashes.
 */
@SpringBootTest
@WithUserDetails("admin")
class DemoTimetableIT {
    @Autowired
    Clock clock;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    TimetableService timetable;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${classeur.demo.trainers}")
    int demoTrainers;

    /** Demo groups are the first ones created (tests may add more later). */
    private List<GroupRow> demoGroups() {
        int count = DemoCourses.groupCount(demoTrainers);
        return groups.search(GroupFilter.all(), PageRequest.of(0, 500)).getContent().stream()
                .filter(g -> g.id() <= count && DemoCourses.LOCATION.equals(groups.detail(g.id()).location()))
                .toList();
    }

    @Test
    void periodsGroupsAndEnrolmentsAreThere() {
        List<Period> all = periods.periods();
        assertThat(all).extracting(Period::getName).contains(DemoCourses.SCHOOL_YEAR_NAME, DemoCourses.EASTER_NAME);
        Period easter = all.stream().filter(p -> p.getName().equals(DemoCourses.EASTER_NAME)).findFirst().orElseThrow();
        assertThat(easter.getKind()).isEqualTo(PeriodKind.HOLIDAY_COURSE);
        assertThat(easter.getStartsOn()).isEqualTo(LocalDate.of(2027, 4, 12));
        assertThat(easter.getEndsOn()).isEqualTo(LocalDate.of(2027, 4, 16));

        List<GroupRow> demo = demoGroups();
        assertThat(demo).hasSize(DemoCourses.groupCount(demoTrainers));
        assertThat(demo).allSatisfy(g -> {
            assertThat(g.capacity()).isBetween(6, 10);
            assertThat(g.room()).matches("Salle [1-8]");
            assertThat(g.overCapacity()).isFalse();
        });
        assertThat(demo.stream().map(GroupRow::subject).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(demo.stream().filter(g -> g.period().equals(DemoCourses.EASTER_NAME))).isNotEmpty();
        Long overCapacity = jdbc.queryForObject("select count(*) from enrolment where over_capacity = true and group_id <= ?",
                Long.class, DemoCourses.groupCount(demoTrainers));
        assertThat(overCapacity).isZero();
    }

    @Test
    void groupOneAndTwoMoreAreTaughtByTheDemoTrainerAccountsTrainer() {
        Long trainerId = jdbc.queryForObject("select trainer_id from user_account where username = 'formateur'", Long.class);
        GroupDetail first = groups.detail(1L);
        assertThat(first.trainerIds()).containsExactly(trainerId);
        long taught = demoGroups().stream()
                .filter(g -> groups.detail(g.id()).trainerIds().contains(trainerId))
                .count();
        assertThat(taught).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theEasterCourseMeetsEveryMorningOfItsWeek() {
        List<SessionRow> easterWeek = timetable.sessions(DemoCourses.EASTER_START, DemoCourses.EASTER_END, SessionFilter.none()).stream()
                .filter(s -> s.startsAt().equals(LocalTime.of(9, 0)) && s.endsAt().equals(LocalTime.of(12, 0)))
                .toList();
        assertThat(easterWeek).isNotEmpty();
        assertThat(easterWeek.stream().map(s -> s.day().getDayOfWeek()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void theSchoolYearHasExactlyTheTwoDeliberateClashes() {
        Set<Long> demo = demoGroups().stream().map(GroupRow::id).collect(Collectors.toSet());
        long started = System.nanoTime();
        List<Clash> clashes = new ArrayList<>();
        // The clash list covers a few months at a time, as the clash page asks for it.
        for (LocalDate from = DemoCourses.SCHOOL_YEAR_START; !from.isAfter(DemoCourses.SCHOOL_YEAR_END); from = from.plusMonths(3)) {
            LocalDate to = from.plusMonths(3).minusDays(1);
            clashes.addAll(timetable.clashesBetween(from, to.isAfter(DemoCourses.SCHOOL_YEAR_END) ? DemoCourses.SCHOOL_YEAR_END : to));
        }
        List<Clash> amongDemo = clashes.stream()
                .filter(c -> demo.contains(c.first().groupId()) && demo.contains(c.second().groupId()))
                .toList();
        System.out.printf("Demo clash list (%d ms):%n", (System.nanoTime() - started) / 1_000_000);
        amongDemo.forEach(c -> System.out.printf("  %s %s: %s %s %s–%s %s  <->  %s %s %s–%s %s%n", c.kind(), c.who(),
                c.first().groupName(), c.first().day(), c.first().startsAt(), c.first().endsAt(), c.first().room(),
                c.second().groupName(), c.second().day(), c.second().startsAt(), c.second().endsAt(), c.second().room()));
        assertThat(amongDemo).extracting(Clash::kind).containsExactlyInAnyOrder(ClashKind.ROOM, ClashKind.TRAINER);
        // The test clock starts in term, so the demo puts its clashes in the month from today.
        LocalDate today = LocalDate.now(clock);
        assertThat(today).isBetween(DemoCourses.SCHOOL_YEAR_START, DemoCourses.SCHOOL_YEAR_END.minusDays(30));
        assertThat(amongDemo).allSatisfy(c -> assertThat(c.first().day()).isBetween(today, today.plusDays(30)));
    }
}
