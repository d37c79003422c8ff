package be.classeur.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** Working days in Belgium: Monday to Friday, except the national public holidays. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Whether the day is neither a Saturday, a Sunday nor a Belgian public holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !BelgianPublicHolidays.isPublicHoliday(date);
    }

    /** The day itself if it is a working day, otherwise the first working day after it. */
    public static LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
