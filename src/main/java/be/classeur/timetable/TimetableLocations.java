package be.classeur.timetable;

import java.time.LocalDate;

/** Where the timetable pages are: the {@code @Route} values of its views and the paths that open them on a day. */
public final class TimetableLocations {
    public static final String WEEK = "timetable";
    public static final String DAY = "timetable/day";
    public static final String CLASHES = "timetable/clashes";
    public static final String CLOSURES = "closures";
    public static final String MY_GROUPS = "my-groups";
    /** The query parameter that opens the week or day view on a date (ISO, e.g. {@code 2026-12-01}). */
    public static final String DATE = "date";

    private TimetableLocations() {
    }

    /** The week view on the week of {@code monday}. */
    public static String week(LocalDate monday) {
        return WEEK + "?" + DATE + "=" + monday;
    }

    /** The day view on {@code day}. */
    public static String day(LocalDate day) {
        return DAY + "?" + DATE + "=" + day;
    }
}
