package be.classeur.timetable;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.timetable.domain.Closure;
import be.classeur.timetable.domain.ClosureKind;
import be.classeur.timetable.domain.SessionPlanner;
import be.classeur.timetable.domain.WeeklySlot;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Slots, sessions and clashes on the real database, each test with its own period, groups, rooms and people. */
@SpringBootTest
@WithUserDetails("admin")
class TimetableServiceIT {
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime ELEVEN = LocalTime.of(11, 0);

    @Autowired
    TimetableService timetable;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    TrainerService trainers;
    @Autowired
    PupilService pupils;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    private LocalDate today;
    private Period period;
    private Subject subject;

    @BeforeEach
    void setUp(TestInfo test) {
        today = LocalDate.now(clock);
        if (test.getTestMethod().map(m -> m.isAnnotationPresent(WithUserDetails.class)).orElse(false)) {
            return; // another user than the administrator: nothing to prepare (and no right to)
        }
        period = periods.save(new Period(unique("Année test "), PeriodKind.SCHOOL_YEAR, today.minusDays(60), today.plusDays(120)));
        subject = catalogue.saveSubject(new Subject(unique("Matière ")));
    }

    @Test
    void aNewSlotProducesItsSessionsExceptOnClosedDays() {
        // A term of its own in 2028, where no school holiday is stored: Thursday 25 May 2028 is Ascension Day and the
        // closure below covers Thursday 8 June, so those two Thursdays must be skipped.
        period = periods.save(new Period(unique("Trimestre test "), PeriodKind.SCHOOL_YEAR,
                LocalDate.of(2028, 5, 1), LocalDate.of(2028, 6, 16)));
        timetable.saveClosure(new Closure(ClosureKind.AD_HOC, unique("Travaux "), LocalDate.of(2028, 6, 7),
                LocalDate.of(2028, 6, 9), false));
        assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(2028, 5, 25))).as("Ascension Day 2028").isTrue();
        CourseGroup group = group(unique("Horaire "), unique("R"), Set.of());
        WeeklySlot slot = timetable.saveSlot(slot(group, DayOfWeek.THURSDAY, TEN, ELEVEN, period.getStartsOn(), period.getEndsOn()));

        List<SessionRow> produced = allSessions(group.getId());

        assertThat(produced).extracting(SessionRow::day).containsExactly(
                LocalDate.of(2028, 5, 4), LocalDate.of(2028, 5, 11), LocalDate.of(2028, 5, 18),
                LocalDate.of(2028, 6, 1), LocalDate.of(2028, 6, 15));
        assertThat(produced).allSatisfy(s -> {
            assertThat(s.startsAt()).isEqualTo(TEN);
            assertThat(s.endsAt()).isEqualTo(ELEVEN);
            assertThat(s.room()).isEqualTo(slot.getRoom());
            assertThat(s.cancelled()).isFalse();
        });
    }

    @Test
    void aSlotChangeLeavesPastAndHandEditedSessionsAlone() {
        CourseGroup group = group(unique("Changement "), unique("R"), Set.of());
        WeeklySlot slot = timetable.saveSlot(slot(group, DayOfWeek.TUESDAY, TEN, ELEVEN, period.getStartsOn(), period.getEndsOn()));
        List<SessionRow> before = allSessions(group.getId());
        List<SessionRow> future = before.stream().filter(s -> s.day().isAfter(today.plusDays(1))).toList();
        List<SessionRow> past = before.stream().filter(s -> s.day().isBefore(today)).toList();
        assertThat(future).hasSizeGreaterThan(4);
        assertThat(past).isNotEmpty();
        SessionRow moved = future.get(0);
        SessionRow cancelled = future.get(1);
        String otherRoom = unique("Salle ");
        assertThat(timetable.moveSession(moved.id(), moved.day().plusDays(1), LocalTime.of(16, 0), LocalTime.of(17, 0), otherRoom))
                .isEmpty();
        timetable.cancelSession(cancelled.id());

        WeeklySlot changed = timetable.slotsOf(group.getId()).getFirst();
        assertThat(changed.getId()).isEqualTo(slot.getId());
        changed.setStartsAt(LocalTime.of(12, 0));
        changed.setEndsAt(LocalTime.of(13, 0));
        timetable.saveSlot(changed);

        List<SessionRow> after = allSessions(group.getId());
        assertThat(after).filteredOn(s -> s.id().equals(moved.id())).singleElement().satisfies(s -> {
            assertThat(s.day()).isEqualTo(moved.day().plusDays(1));
            assertThat(s.startsAt()).isEqualTo(LocalTime.of(16, 0));
            assertThat(s.room()).isEqualTo(otherRoom);
            assertThat(s.editedByHand()).isTrue();
        });
        assertThat(after).as("no new session on the moved session's original date")
                .noneMatch(s -> s.day().equals(moved.day()));
        assertThat(after).filteredOn(s -> s.id().equals(cancelled.id())).singleElement().satisfies(s -> {
            assertThat(s.cancelled()).isTrue();
            assertThat(s.startsAt()).isEqualTo(TEN);
        });
        assertThat(after).filteredOn(s -> s.day().equals(cancelled.day())).hasSize(1);
        assertThat(after).filteredOn(s -> s.day().isAfter(today) && !s.editedByHand()).hasSizeGreaterThan(2)
                .allSatisfy(s -> assertThat(s.startsAt()).isEqualTo(LocalTime.of(12, 0)));
        assertThat(after).filteredOn(s -> s.day().isBefore(today))
                .extracting(SessionRow::id).containsExactlyElementsOf(past.stream().map(SessionRow::id).toList());
        assertThat(after).filteredOn(s -> s.day().isBefore(today)).allSatisfy(s -> assertThat(s.startsAt()).isEqualTo(TEN));
        assertThat(after).hasSameSizeAs(before);
    }

    @Test
    void deletingASlotKeepsPastAndHandEditedSessionsAsOneOffs() {
        CourseGroup group = group(unique("Suppression "), unique("R"), Set.of());
        WeeklySlot slot = timetable.saveSlot(slot(group, DayOfWeek.FRIDAY, TEN, ELEVEN, period.getStartsOn(), period.getEndsOn()));
        List<SessionRow> before = allSessions(group.getId());
        List<SessionRow> past = before.stream().filter(s -> s.day().isBefore(today)).toList();
        List<SessionRow> future = before.stream().filter(s -> s.day().isAfter(today.plusDays(1))).toList();
        assertThat(past).isNotEmpty();
        assertThat(future).hasSizeGreaterThan(3);
        SessionRow moved = future.get(0);
        SessionRow cancelled = future.get(1);
        timetable.moveSession(moved.id(), moved.day(), LocalTime.of(14, 0), LocalTime.of(15, 0), null);
        timetable.cancelSession(cancelled.id());

        timetable.deleteSlot(slot.getId());

        assertThat(timetable.slotsOf(group.getId())).isEmpty();
        List<Long> kept = new ArrayList<>(past.stream().map(SessionRow::id).toList());
        kept.add(moved.id());
        kept.add(cancelled.id());
        assertThat(allSessions(group.getId())).extracting(SessionRow::id).containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void aClosureRemovesTheFutureSessionsItClosesAndNoOthers() {
        // Late in the test period, away from the demo's deliberate clashes (within the next month).
        LocalDate open = today.plusDays(100);
        while (SessionPlanner.isClosed(open, PeriodKind.SCHOOL_YEAR, timetable.closures(open, open))) {
            open = open.plusDays(1);
        }
        LocalDate closed = open;
        CourseGroup group = group(unique("Fermeture "), unique("R"), Set.of());
        timetable.saveSlot(slot(group, closed.getDayOfWeek(), TEN, ELEVEN, period.getStartsOn(), period.getEndsOn()));
        List<SessionRow> before = allSessions(group.getId());
        assertThat(before).extracting(SessionRow::day).contains(closed);

        timetable.saveClosure(new Closure(ClosureKind.AD_HOC, unique("Fermeture "), closed, closed, false));

        List<SessionRow> after = allSessions(group.getId());
        assertThat(after).extracting(SessionRow::day).doesNotContain(closed);
        assertThat(after).extracting(SessionRow::day).containsExactlyElementsOf(
                before.stream().map(SessionRow::day).filter(day -> !day.equals(closed)).toList());
        assertThat(after).filteredOn(s -> s.day().isBefore(today)).extracting(SessionRow::id)
                .as("past sessions stay as they were").containsExactlyElementsOf(
                        before.stream().filter(s -> s.day().isBefore(today)).map(SessionRow::id).toList());
    }

    @Test
    void aTrainerInTwoGroupsAtOnceIsAClash() {
        Trainer trainer = trainer();
        LocalDate day = openDay(DayOfWeek.THURSDAY);
        CourseGroup first = group(unique("Formateur A "), unique("R"), Set.of(trainer));
        CourseGroup second = group(unique("Formateur B "), unique("R"), Set.of(trainer));
        timetable.saveSlot(slot(first, DayOfWeek.THURSDAY, TEN, ELEVEN, day, day));
        WeeklySlot clashing = slot(second, DayOfWeek.THURSDAY, LocalTime.of(10, 30), LocalTime.of(11, 30), day, day);

        List<Clash> warned = timetable.clashesIfSaved(clashing);
        assertThat(warned).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClashKind.TRAINER);
            assertThat(c.who()).contains(trainer.getLastName());
            assertThat(c.second().groupId()).isEqualTo(first.getId());
        });
        timetable.saveSlot(clashing);

        assertListedOnce(ClashKind.TRAINER, day, first, second);
        assertThat(timetable.ifTrainersTeach(group(unique("Sans formateur "), unique("R"), Set.of()).getId(), List.of(trainer.getId())))
                .isEmpty();
        CourseGroup third = group(unique("Formateur C "), unique("R"), Set.of());
        timetable.saveSlot(slot(third, DayOfWeek.THURSDAY, LocalTime.of(9, 30), LocalTime.of(10, 30), day, day));
        assertThat(timetable.ifTrainersTeach(third.getId(), List.of(trainer.getId())))
                .as("giving the trainer a third group at the same time warns").isNotEmpty()
                .allSatisfy(w -> assertThat(w.render(java.util.Locale.FRENCH)).contains(trainer.getLastName())
                        .contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
    }

    @Test
    void aRoomUsedTwiceAtOnceIsAClashButTouchingTimesAreNot() {
        String room = unique("Local ");
        LocalDate day = openDay(DayOfWeek.WEDNESDAY);
        CourseGroup first = group(unique("Local A "), room, Set.of());
        CourseGroup second = group(unique("Local B "), room, Set.of());
        timetable.saveSlot(slot(first, DayOfWeek.WEDNESDAY, TEN, ELEVEN, day, day));
        WeeklySlot clashing = slot(second, DayOfWeek.WEDNESDAY, LocalTime.of(10, 45), LocalTime.of(11, 45), day, day);
        assertThat(timetable.clashesIfSaved(clashing)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ClashKind.ROOM))
                .satisfies(c -> assertThat(c.who()).isEqualTo(room));
        timetable.saveSlot(clashing);
        assertListedOnce(ClashKind.ROOM, day, first, second);

        String otherRoom = unique("Local ");
        CourseGroup early = group(unique("Avant "), otherRoom, Set.of());
        CourseGroup late = group(unique("Après "), otherRoom, Set.of());
        timetable.saveSlot(slot(early, DayOfWeek.WEDNESDAY, TEN, ELEVEN, day, day));
        WeeklySlot touching = slot(late, DayOfWeek.WEDNESDAY, ELEVEN, LocalTime.of(12, 0), day, day);
        assertThat(timetable.clashesIfSaved(touching)).isEmpty();
        timetable.saveSlot(touching);
        assertThat(clashesOf(day, early, late)).isEmpty();
    }

    @Test
    void aPupilInTwoGroupsAtOnceIsAClash() {
        LocalDate day = openDay(DayOfWeek.MONDAY);
        Pupil pupil = pupil();
        CourseGroup first = group(unique("Élève A "), unique("R"), Set.of());
        CourseGroup second = group(unique("Élève B "), unique("R"), Set.of());
        timetable.saveSlot(slot(first, DayOfWeek.MONDAY, TEN, ELEVEN, day, day));
        timetable.saveSlot(slot(second, DayOfWeek.MONDAY, LocalTime.of(10, 15), LocalTime.of(10, 45), day, day));
        enrolments.enrol(first.getId(), pupil.getId(), today, null, false);

        assertThat(timetable.ifPupilJoins(second.getId(), pupil.getId(), today, null))
                .as("enrolling into the second group warns first").singleElement()
                .satisfies(w -> assertThat(w.render(java.util.Locale.ENGLISH)).contains(first.getName()));
        assertThat(timetable.ifPupilJoins(second.getId(), pupil().getId(), today, null)).isEmpty();

        enrolments.enrol(second.getId(), pupil.getId(), today, null, false);
        Clash clash = assertListedOnce(ClashKind.PUPIL, day, first, second);
        assertThat(clash.who()).contains(pupil.getLastName());
    }

    @Test
    @WithUserDetails("dpo")
    void thePrivacyOfficerReadsButDoesNotWrite() {
        // The administrator plans two groups in one room at once; the privacy officer then reads them.
        String room = unique("Local ");
        LocalDate[] plannedOn = new LocalDate[1];
        List<CourseGroup> planned = as(users, "admin", () -> {
            period = periods.save(new Period(unique("Année test "), PeriodKind.SCHOOL_YEAR, today.minusDays(60), today.plusDays(120)));
            subject = catalogue.saveSubject(new Subject(unique("Matière ")));
            LocalDate day = openDay(DayOfWeek.WEDNESDAY);
            plannedOn[0] = day;
            CourseGroup first = group(unique("Lu A "), room, Set.of());
            CourseGroup second = group(unique("Lu B "), room, Set.of());
            timetable.saveSlot(slot(first, DayOfWeek.WEDNESDAY, TEN, ELEVEN, day, day));
            timetable.saveSlot(slot(second, DayOfWeek.WEDNESDAY, TEN, ELEVEN, day, day));
            return List.of(first, second);
        });
        LocalDate day = plannedOn[0];
        assertThat(timetable.sessions(day, day, SessionFilter.none()))
                .filteredOn(s -> planned.get(0).getId().equals(s.groupId()))
                .singleElement().satisfies(s -> assertThat(s.room()).isEqualTo(room));
        assertThat(clashesOf(day, planned.get(0), planned.get(1))).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ClashKind.ROOM));
        WeeklySlot slot = new WeeklySlot();
        assertThatThrownBy(() -> timetable.saveSlot(slot)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.cancelSession(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.saveClosure(new Closure())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTooLongRangeIsRefused() {
        assertThatThrownBy(() -> timetable.sessions(today, today.plusMonths(6), SessionFilter.none()))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey()).isEqualTo("timetable.error.rangeTooLong"));
        assertThatThrownBy(() -> timetable.clashesBetween(today, today.plusMonths(6)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aSlotOutsideItsPeriodIsRefused() {
        CourseGroup group = group(unique("Hors période "), unique("R"), Set.of());
        WeeklySlot slot = slot(group, DayOfWeek.FRIDAY, TEN, ELEVEN, period.getStartsOn().minusDays(7), period.getEndsOn());
        assertThatThrownBy(() -> timetable.saveSlot(slot)).isInstanceOf(BusinessRuleException.class);
        assertThat(timetable.slotsOf(group.getId())).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** The clash of that kind between the two groups on that day: listed exactly once, with both sides. */
    private Clash assertListedOnce(ClashKind kind, LocalDate day, CourseGroup a, CourseGroup b) {
        List<Clash> found = clashesOf(day, a, b);
        assertThat(found).as(kind + " clash between " + a.getName() + " and " + b.getName()).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(kind);
                    assertThat(List.of(c.first().groupId(), c.second().groupId())).containsExactlyInAnyOrder(a.getId(), b.getId());
                    assertThat(List.of(c.first().groupName(), c.second().groupName())).containsExactlyInAnyOrder(a.getName(), b.getName());
                    assertThat(c.first().day()).isEqualTo(day);
                    assertThat(c.second().day()).isEqualTo(day);
                });
        return found.getFirst();
    }

    private List<Clash> clashesOf(LocalDate day, CourseGroup a, CourseGroup b) {
        Set<Long> ids = Set.of(a.getId(), b.getId());
        return timetable.clashesBetween(day.minusDays(3), day.plusDays(3)).stream()
                .filter(c -> ids.contains(c.first().groupId()) || ids.contains(c.second().groupId()))
                .toList();
    }

    /** Every session of the group in the period, read in ranges the service accepts. */
    private List<SessionRow> allSessions(long groupId) {
        List<SessionRow> all = new ArrayList<>();
        SessionFilter filter = new SessionFilter(groupId, null, null, null);
        for (LocalDate from = period.getStartsOn(); !from.isAfter(period.getEndsOn()); from = from.plusDays(90)) {
            LocalDate to = from.plusDays(89).isAfter(period.getEndsOn()) ? period.getEndsOn() : from.plusDays(89);
            all.addAll(timetable.sessions(from, to, filter));
        }
        return all;
    }

    /** The first day of that weekday, at least a week ahead, on which the school-year period is open. */
    private LocalDate openDay(DayOfWeek dayOfWeek) {
        List<Closure> closures = timetable.closures(today, period.getEndsOn());
        for (LocalDate day = today.plusDays(7).with(java.time.temporal.TemporalAdjusters.nextOrSame(dayOfWeek));
             !day.isAfter(period.getEndsOn()); day = day.plusWeeks(1)) {
            if (!SessionPlanner.isClosed(day, PeriodKind.SCHOOL_YEAR, closures)) {
                return day;
            }
        }
        throw new IllegalStateException("no open " + dayOfWeek + " in the test period");
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

    private WeeklySlot slot(CourseGroup group, DayOfWeek day, LocalTime start, LocalTime end, LocalDate from, LocalDate to) {
        WeeklySlot slot = timetable.newSlot(group.getId());
        slot.setDayOfWeek(day);
        slot.setStartsAt(start);
        slot.setEndsAt(end);
        slot.setValidFrom(from);
        slot.setValidTo(to);
        return slot;
    }

    private Trainer trainer() {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Tom");
        trainer.setLastName(unique("Formateur"));
        return trainers.save(trainer);
    }

    private Pupil pupil() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Lou");
        pupil.setLastName(unique("Eleve"));
        pupil.setBirthDate(today.minusYears(30));
        return pupils.save(pupil, List.of());
    }

}
