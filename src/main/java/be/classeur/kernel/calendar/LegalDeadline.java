package be.classeur.kernel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadline to answer a data-protection rights request (GDPR art. 12(3)), counted as EU
 * Regulation 1182/71 art. 3 requires.
 *
 * <p>The day the request is received is not counted. A period in months ends on the same date
 * that many months later (received 15 March, one month: due 15 April). Where that date does not
 * exist in the final month, the period ends on the last day of that month (received 31 January:
 * due 28 or 29 February). Where the last day is a Saturday, a Sunday or a Belgian public holiday,
 * the period ends with the next working day (received 1 October 2026: 1 November 2026 is a
 * Sunday and All Saints' Day, so due Monday 2 November 2026).
 *
 * <p>The answer is due within one month; where necessary it may be extended by two further
 * months, i.e. three months after receipt in total.
 */
public final class LegalDeadline {

    private LegalDeadline() {
    }

    /**
     * Last day of a period of {@code months} months starting the day after {@code received}.
     *
     * @param received day the request was received (not counted)
     * @param months length of the period, at least 1
     */
    public static LocalDate monthsAfter(LocalDate received, int months) {
        Objects.requireNonNull(received, "received");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
        // Same date N months later; plusMonths falls back to the month's last day when the date
        // does not exist (31 January + 1 month = 28/29 February).
        LocalDate sameDate = received.plusMonths(months);
        return WorkingDays.onOrNextWorkingDay(sameDate);
    }

    /** Deadline to answer a rights request: one month after receipt. */
    public static LocalDate replyDeadline(LocalDate received) {
        return monthsAfter(received, 1);
    }

    /** Deadline when the reply period is extended by two further months: three months after receipt. */
    public static LocalDate extendedDeadline(LocalDate received) {
        return monthsAfter(received, 3);
    }
}
