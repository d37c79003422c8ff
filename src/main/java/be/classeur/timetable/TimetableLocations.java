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

    /** The query parameter that shows the week page by room or by trainer ({@link Board}). */
    public static final String VIEW = "view";
    /** The query parameter that shows one day or the whole week by room or by trainer ({@link Span}). */
    public static final String SPAN = "span";

    /** What the week page shows: the week grid, or the sessions by room or by trainer. */
    public enum Board {
        WEEK, ROOMS, TRAINERS;

        /** Its value in the address, e.g. {@code rooms}. */
        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How much of the week the boards by room and by trainer show. */
    public enum Span {
        DAY, WEEK;

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

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

    /** The week page by room or by trainer on one day or on the week of {@code date}; the week grid for {@link Board#WEEK}. */
    public static String board(LocalDate date, Board board, Span span) {
        if (board == Board.WEEK) {
            return week(date);
        }
        return WEEK + "?" + DATE + "=" + date + "&" + VIEW + "=" + board.param() + "&" + SPAN + "=" + span.param();
    }
}
