package be.classeur.timetable.domain;

import org.springframework.modulith.NamedInterface;

import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Which dates a weekly slot produces sessions on. Pure rules, no database:
 * every {@code day} between {@code from} and {@code to}, except Belgian public holidays (always closed),
 * school holidays (they close school-year groups, while holiday courses run in them) and ad-hoc closures.
 */
@NamedInterface("domain")
public final class SessionPlanner {
    private SessionPlanner() {
    }

    public static List<LocalDate> datesFor(DayOfWeek day, LocalDate from, LocalDate to, PeriodKind kind, List<Closure> closures) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = from.with(TemporalAdjusters.nextOrSame(day)); !date.isAfter(to); date = date.plusWeeks(1)) {
            if (!isClosed(date, kind, closures)) {
                dates.add(date);
            }
        }
        return dates;
    }

    public static boolean isClosed(LocalDate date, PeriodKind kind, List<Closure> closures) {
        if (BelgianPublicHolidays.isPublicHoliday(date)) {
            return true;
        }
        for (Closure closure : closures) {
            if (closure.covers(date) && (closure.getKind() == ClosureKind.AD_HOC || kind == PeriodKind.SCHOOL_YEAR)) {
                return true;
            }
        }
        return false;
    }
}
