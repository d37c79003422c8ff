package be.classeur.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Days from {@code start} to {@code end}, both included. The one place where "the end is not before the start"
 * is decided: periods, closures, weekly slots, enrolments and the views that pick a range all ask it.
 */
public record DateRange(LocalDate start, LocalDate end) {
    /** Shown when no caller-specific message fits. */
    public static final String END_BEFORE_START = "validation.dateRange.endBeforeStart";

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!isOrdered(start, end)) {
            throw new BusinessRuleException(END_BEFORE_START);
        }
    }

    /**
     * The range, or a {@link BusinessRuleException} with {@code refusalKey} when the end is before the start; each
     * screen keeps its own wording ("la fin de la fermeture…", "la date « jusqu’au »…").
     */
    public static DateRange of(LocalDate start, LocalDate end, String refusalKey) {
        if (start != null && end != null && !isOrdered(start, end)) {
            throw new BusinessRuleException(refusalKey);
        }
        return new DateRange(start, end);
    }

    /**
     * Whether {@code end} is on or after {@code start}. A missing day is another rule's business (required fields,
     * open-ended enrolments), so it counts as ordered here.
     */
    public static boolean isOrdered(LocalDate start, LocalDate end) {
        return start == null || end == null || !end.isBefore(start);
    }

    /** Whether {@code day} falls within an open-ended range ({@code end} null: no end yet). */
    public static boolean covers(LocalDate start, LocalDate end, LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean contains(LocalDate day) {
        return covers(start, end, day);
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** How many days the range holds, both ends counted: a one-day range has 1. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Whether the end lies more than {@code maxDays} after the start (the rule for ranges a screen may load). */
    public boolean spansMoreThan(long maxDays) {
        return end.isAfter(start.plusDays(maxDays));
    }
}
