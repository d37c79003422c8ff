package be.classeur.timetable;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.people.CatalogueService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.timetable.domain.WeeklySlot;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The calendars by room and by trainer, and the sessions with their trainers, on the real database: a term in June
 * 2029, far from the demo's sessions; each test plans its own trainers, rooms and groups and looks at those.
 */
@SpringBootTest
class TimetableBoardsIT {
    /** Tuesday 5 June 2029; the week runs from Monday 4 to Sunday 10. */
    private static final LocalDate TUESDAY = LocalDate.of(2029, 6, 5);
    private static final LocalDate MONDAY = TUESDAY.minusDays(1);
    private static final LocalDate SUNDAY = MONDAY.plusDays(6);

    @Autowired
    TimetableService timetable;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    TrainerService trainers;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    UserDetailsService users;

    private Subject subject;
    private Period period;

    /** What one test plans: two trainers, rooms "…2" and "…10", four groups. */
    private record Plan(Trainer anna, Trainer bert, String room2, String room10, String room3, CourseGroup first, CourseGroup shared,
                        CourseGroup untaught, CourseGroup elsewhere) {
    }

    private Plan plan() {
        return as(users, "admin", () -> {
            period = periods.save(new Period(unique("Juin 2029 "), PeriodKind.SCHOOL_YEAR, MONDAY, LocalDate.of(2029, 6, 29)));
            subject = catalogue.saveSubject(new Subject(unique("Matière ")));
            Trainer anna = trainer("Anna");
            Trainer bert = trainer("Bert");
            String prefix = unique("Local ") + " ";
            String room2 = prefix + "2";
            String room10 = prefix + "10";
            String room3 = prefix + "3";
            CourseGroup first = group(unique("Tableau A "), room10, Set.of(anna));
            CourseGroup shared = group(unique("Tableau B "), room2, Set.of(anna, bert));
            CourseGroup untaught = group(unique("Tableau C "), null, Set.of());
            CourseGroup elsewhere = group(unique("Tableau D "), room3, Set.of());
            slot(first, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0));
            slot(shared, DayOfWeek.TUESDAY, LocalTime.of(10, 30), LocalTime.of(12, 0));
            slot(untaught, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(15, 0));
            slot(elsewhere, DayOfWeek.THURSDAY, LocalTime.of(16, 0), LocalTime.of(17, 0));
            return new Plan(anna, bert, room2, room10, room3, first, shared, untaught, elsewhere);
        });
    }

    @Test
    @WithUserDetails("admin")
    void byRoomEveryRoomHasARowInNumberOrderAndAFreeRoomAnEmptyOne() {
        Plan plan = plan();

        List<RoomSessions> tuesday = mine(timetable.sessionsByRoom(TUESDAY, TUESDAY), plan);

        assertThat(tuesday).extracting(RoomSessions::room).containsExactly(plan.room2(), plan.room3(), plan.room10());
        assertThat(tuesday.get(0).sessions()).singleElement().satisfies(s -> {
            assertThat(s.session().groupId()).isEqualTo(plan.shared().getId());
            assertThat(s.session().startsAt()).isEqualTo(LocalTime.of(10, 30));
            assertThat(s.trainers()).containsExactly(plan.anna().getFirstName() + " " + plan.anna().getLastName(),
                    plan.bert().getFirstName() + " " + plan.bert().getLastName());
        });
        assertThat(tuesday.get(1).sessions()).as("the room used on Thursday only is free on Tuesday").isEmpty();
        assertThat(tuesday.get(2).sessions()).extracting(s -> s.session().groupId()).containsExactly(plan.first().getId());

        List<RoomSessions> week = timetable.sessionsByRoom(MONDAY, SUNDAY);
        assertThat(week.getLast().room()).as("the sessions without a room come last").isNull();
        assertThat(week.getLast().sessions()).extracting(s -> s.session().groupId()).contains(plan.untaught().getId())
                .doesNotContain(plan.first().getId(), plan.shared().getId(), plan.elsewhere().getId());
        assertThat(mine(week, plan).get(1).sessions()).extracting(s -> s.session().groupId()).containsExactly(plan.elsewhere().getId());
    }

    @Test
    @WithUserDetails("admin")
    void byTrainerATrainerInTwoGroupsHasBothAndAGroupWithoutTrainerHasItsOwnRow() {
        Plan plan = plan();

        List<TrainerSessions> tuesday = timetable.sessionsByTrainer(TUESDAY, TUESDAY);

        TrainerSessions anna = line(tuesday, plan.anna());
        TrainerSessions bert = line(tuesday, plan.bert());
        assertThat(anna.name()).isEqualTo(plan.anna().getFirstName() + " " + plan.anna().getLastName());
        assertThat(anna.sessions()).extracting(s -> s.session().groupId()).containsExactly(plan.first().getId(), plan.shared().getId());
        assertThat(bert.sessions()).extracting(s -> s.session().groupId()).containsExactly(plan.shared().getId());
        assertThat(tuesday).noneMatch(t -> t.trainerId() == null);

        List<TrainerSessions> week = timetable.sessionsByTrainer(MONDAY, SUNDAY);
        assertThat(week.getLast().trainerId()).isNull();
        assertThat(week.getLast().sessions()).extracting(s -> s.session().groupId())
                .contains(plan.untaught().getId(), plan.elsewhere().getId())
                .doesNotContain(plan.first().getId(), plan.shared().getId());

        List<TrainerSessions> wednesday = timetable.sessionsByTrainer(TUESDAY.plusDays(1), TUESDAY.plusDays(1));
        assertThat(line(wednesday, plan.anna()).sessions()).as("a trainer free that day keeps an empty row").isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void theWeeksSessionsCarryTheirTrainersNames() {
        Plan plan = plan();

        List<SessionDetail> details = timetable.sessionDetails(MONDAY, SUNDAY, new SessionFilter(plan.shared().getId(), null, null, null));

        assertThat(details).singleElement().satisfies(d -> {
            assertThat(d.session().room()).isEqualTo(plan.room2());
            assertThat(d.trainers()).containsExactly(plan.anna().getFirstName() + " " + plan.anna().getLastName(),
                    plan.bert().getFirstName() + " " + plan.bert().getLastName());
        });
    }

    @Test
    @WithUserDetails("dpo")
    void thePrivacyOfficerReadsTheBoards() {
        assertThat(timetable.sessionsByRoom(MONDAY, SUNDAY)).isNotNull();
        assertThat(timetable.sessionsByTrainer(MONDAY, SUNDAY)).isNotNull();
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerSeesNoBoardAsTheyDoNotSeeTheCalendar() {
        assertThatThrownBy(() -> timetable.sessionsByRoom(MONDAY, SUNDAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.sessionsByTrainer(MONDAY, SUNDAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.sessionDetails(MONDAY, SUNDAY, SessionFilter.none())).isInstanceOf(AccessDeniedException.class);
        assertThat(timetable.mySessions(MONDAY, SUNDAY)).as("their own sessions stay open to them")
                .allSatisfy(s -> assertThat(s.day()).isBetween(MONDAY, SUNDAY));
    }

    @Test
    @WithUserDetails("admin")
    void aTooLongRangeIsRefused() {
        assertThatThrownBy(() -> timetable.sessionsByRoom(MONDAY, MONDAY.plusDays(TimetableService.MAX_RANGE_DAYS + 1)))
                .isInstanceOf(be.classeur.kernel.BusinessRuleException.class);
    }

    /** The rows of this test's rooms, in the order given (other tests' rooms may share the window). */
    private static List<RoomSessions> mine(List<RoomSessions> lines, Plan plan) {
        Set<String> rooms = Set.of(plan.room2(), plan.room10(), plan.room3());
        return lines.stream().filter(l -> l.room() != null && rooms.contains(l.room())).toList();
    }

    private static TrainerSessions line(List<TrainerSessions> lines, Trainer trainer) {
        return lines.stream().filter(l -> trainer.getId().equals(l.trainerId())).findFirst().orElseThrow();
    }

    private Trainer trainer(String firstName) {
        Trainer trainer = new Trainer();
        trainer.setFirstName(firstName);
        trainer.setLastName(unique("Formateur"));
        return trainers.save(trainer);
    }

    private CourseGroup group(String name, String room, Set<Trainer> teachers) {
        CourseGroup group = new CourseGroup();
        group.setName(name);
        group.setSubject(subject);
        group.setPeriod(period);
        group.setRoom(room);
        group.setCapacity(20);
        group.setTrainers(teachers);
        return groups.save(group);
    }

    private void slot(CourseGroup group, DayOfWeek day, LocalTime start, LocalTime end) {
        WeeklySlot slot = timetable.newSlot(group.getId());
        slot.setDayOfWeek(day);
        slot.setStartsAt(start);
        slot.setEndsAt(end);
        timetable.saveSlot(slot);
    }
}
