package be.classeur.timetable.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.domain.PeriodKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dates a weekly slot produces: school holidays, public holidays and ad-hoc closures. */
class SessionPlannerTest {
    private static final Closure CARNIVAL = new Closure(ClosureKind.SCHOOL_HOLIDAY, "Congé de détente",
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 1), false);

    @Test
    void schoolHolidaysCloseSchoolYearGroupsOnly() {
        LocalDate from = LocalDate.of(2026, 2, 2);
        LocalDate to = LocalDate.of(2026, 3, 20);

        List<LocalDate> schoolYear = SessionPlanner.datesFor(DayOfWeek.WEDNESDAY, from, to, PeriodKind.SCHOOL_YEAR, List.of(CARNIVAL));
        List<LocalDate> holidayCourse = SessionPlanner.datesFor(DayOfWeek.WEDNESDAY, from, to, PeriodKind.HOLIDAY_COURSE, List.of(CARNIVAL));

        assertThat(schoolYear).containsExactly(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 18));
        assertThat(schoolYear).noneMatch(CARNIVAL::covers);
        assertThat(holidayCourse).containsExactly(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 2, 11),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 25),
                LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 18));
    }

    @Test
    void publicHolidaysCloseBothKinds() {
        // Easter Monday 6 April 2026 and Whit Monday 25 May 2026.
        for (PeriodKind kind : PeriodKind.values()) {
            assertThat(SessionPlanner.datesFor(DayOfWeek.MONDAY, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 13), kind, List.of()))
                    .as(kind.name()).containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 13));
            assertThat(SessionPlanner.datesFor(DayOfWeek.MONDAY, LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 1), kind, List.of()))
                    .as(kind.name()).containsExactly(LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 1));
        }
    }

    @Test
    void aPublicHolidayStillClosesAHolidayCourseInsideSchoolHolidays() {
        Closure easterHolidays = new Closure(ClosureKind.SCHOOL_HOLIDAY, "Vacances de printemps",
                LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 19), false);
        List<LocalDate> course = SessionPlanner.datesFor(DayOfWeek.MONDAY, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 17),
                PeriodKind.HOLIDAY_COURSE, List.of(easterHolidays));
        assertThat(course).containsExactly(LocalDate.of(2026, 4, 13));
        assertThat(SessionPlanner.isClosed(LocalDate.of(2026, 4, 6), PeriodKind.HOLIDAY_COURSE, List.of(easterHolidays))).isTrue();
        assertThat(SessionPlanner.isClosed(LocalDate.of(2026, 4, 7), PeriodKind.HOLIDAY_COURSE, List.of(easterHolidays))).isFalse();
        assertThat(SessionPlanner.isClosed(LocalDate.of(2026, 4, 7), PeriodKind.SCHOOL_YEAR, List.of(easterHolidays))).isTrue();
    }

    @Test
    void adHocClosuresCloseBothKinds() {
        Closure works = new Closure(ClosureKind.AD_HOC, "Travaux", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), false);
        for (PeriodKind kind : PeriodKind.values()) {
            assertThat(SessionPlanner.datesFor(DayOfWeek.WEDNESDAY, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), kind, List.of(works)))
                    .as(kind.name()).containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 18));
        }
    }

    @Test
    void firstDateIsTheNextOrSameWeekday() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        assertThat(SessionPlanner.datesFor(DayOfWeek.WEDNESDAY, wednesday, wednesday.plusDays(6), PeriodKind.SCHOOL_YEAR, List.of()))
                .containsExactly(wednesday);
        assertThat(SessionPlanner.datesFor(DayOfWeek.THURSDAY, wednesday, wednesday.plusDays(13), PeriodKind.SCHOOL_YEAR, List.of()))
                .containsExactly(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12));
        assertThat(SessionPlanner.datesFor(DayOfWeek.TUESDAY, wednesday, wednesday.plusDays(7), PeriodKind.SCHOOL_YEAR, List.of()))
                .containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(SessionPlanner.datesFor(DayOfWeek.TUESDAY, wednesday, wednesday.plusDays(5), PeriodKind.SCHOOL_YEAR, List.of()))
                .isEmpty();
    }
}
