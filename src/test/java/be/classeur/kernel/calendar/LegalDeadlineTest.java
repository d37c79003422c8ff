package be.classeur.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GDPR reply deadlines counted under EU Regulation 1182/71 art. 3. Every expected date was worked
 * out by hand from the rules; the "why" column names the rule that decides it.
 */
class LegalDeadlineTest {

    @ParameterizedTest(name = "received {0} -> due {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # received | due        | why
            2026-10-01 | 2026-11-02 | 1 Nov 2026 is a Sunday and All Saints' Day: next working day Monday
            2026-01-31 | 2026-03-02 | no 31 Feb: last day 28 Feb 2026 is a Saturday: next working day Monday 2 Mar
            2028-01-31 | 2028-02-29 | no 31 Feb: last day of February in a leap year, a Tuesday
            2028-02-29 | 2028-03-29 | same date one month later, a Wednesday
            2026-03-31 | 2026-04-30 | no 31 Apr: last day of April, a Thursday
            2026-03-01 | 2026-04-01 | same date one month later, a Wednesday
            2026-03-06 | 2026-04-07 | 6 Apr 2026 is Easter Monday: next working day Tuesday
            2026-03-05 | 2026-04-07 | 5 Apr 2026 is Easter Sunday, then Easter Monday: Tuesday
            2026-03-04 | 2026-04-07 | chain: Saturday 4 Apr, Sunday, Easter Monday 6 Apr: Tuesday
            2026-04-14 | 2026-05-15 | 14 May 2026 is Ascension (Thursday): Friday
            2026-04-25 | 2026-05-26 | 25 May 2026 is Whit Monday: Tuesday (receipt on a Saturday is irrelevant)
            2026-04-23 | 2026-05-26 | chain: Saturday 23 May, Sunday, Whit Monday 25 May: Tuesday
            2026-04-01 | 2026-05-04 | 1 May 2026 is Labour Day (Friday), then the weekend: Monday 4 May
            2026-06-21 | 2026-07-22 | 21 Jul 2026 is the National Day (Tuesday): Wednesday
            2026-07-15 | 2026-08-17 | 15 Aug 2026 is Assumption and a Saturday, then Sunday: Monday
            2027-10-01 | 2027-11-02 | 1 Nov 2027 is All Saints' Day on a Monday: Tuesday
            2026-10-11 | 2026-11-12 | 11 Nov 2026 is Armistice (Wednesday): Thursday
            2029-10-11 | 2029-11-12 | 11 Nov 2029 is Armistice and a Sunday: Monday
            2026-11-25 | 2026-12-28 | 25 Dec 2026 is Christmas (Friday), then the weekend: Monday
            2028-11-25 | 2028-12-26 | 25 Dec 2028 is Christmas (Monday); 26 Dec is not a national holiday: Tuesday
            2026-12-01 | 2027-01-04 | 1 Jan 2027 is New Year (Friday), then the weekend: Monday
            2026-05-13 | 2026-06-15 | 13 Jun 2026 is a Saturday: Monday
            2026-05-14 | 2026-06-15 | 14 Jun 2026 is a Sunday: Monday
            2027-02-27 | 2027-03-30 | chain: Saturday 27 Mar, Easter Sunday, Easter Monday 29 Mar 2027: Tuesday
            2027-02-28 | 2027-03-30 | 28 Mar 2027 is Easter Sunday, then Easter Monday: Tuesday
            2027-04-06 | 2027-05-07 | 6 May 2027 is Ascension (Thursday): Friday
            2027-04-01 | 2027-05-03 | 1 May 2027 is Labour Day and a Saturday, then Sunday: Monday
            2027-04-17 | 2027-05-18 | 17 May 2027 is Whit Monday: Tuesday
            2030-03-22 | 2030-04-23 | 22 Apr 2030 is Easter Monday: Tuesday
            2030-04-30 | 2030-05-31 | 30 May 2030 is Ascension (Thursday): Friday
            2030-05-10 | 2030-06-11 | 10 Jun 2030 is Whit Monday: Tuesday
            2030-06-21 | 2030-07-22 | 21 Jul 2030 is the National Day and a Sunday: Monday
            2030-06-20 | 2030-07-22 | chain: Saturday 20 Jul, Sunday 21 Jul (National Day): Monday
            2026-12-31 | 2027-02-01 | same date 31 Jan 2027 is a Sunday: Monday 1 Feb
            2027-01-31 | 2027-03-01 | no 31 Feb: last day 28 Feb 2027 is a Sunday: Monday 1 Mar
            2027-01-29 | 2027-03-01 | no 29 Feb in 2027: last day 28 Feb is a Sunday: Monday 1 Mar
            2024-01-30 | 2024-02-29 | no 30 Feb: last day of February in a leap year, a Thursday
            2026-05-31 | 2026-06-30 | no 31 Jun: last day of June, a Tuesday
            2026-08-31 | 2026-09-30 | no 31 Sep: last day of September, a Wednesday
            2027-08-27 | 2027-09-27 | 27 Sep (FWB community day) is not a national holiday: Monday stays
            2028-06-11 | 2028-07-11 | 11 Jul (Flemish community day) is not a national holiday: Tuesday stays
            2026-11-11 | 2026-12-11 | receipt on a holiday does not matter: same date, a Friday
            """)
    void replyDeadline(LocalDate received, LocalDate expected, String why) {
        assertThat(LegalDeadline.replyDeadline(received)).as(why).isEqualTo(expected);
        assertThat(LegalDeadline.monthsAfter(received, 1)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "received {0} -> extended due {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            # received | due        | why
            2026-11-30 | 2027-03-01 | no 30 Feb: last day 28 Feb 2027 is a Sunday: Monday 1 Mar
            2027-11-30 | 2028-02-29 | no 30 Feb: last day of February in a leap year, a Tuesday
            2026-10-01 | 2027-01-04 | 1 Jan 2027 is New Year (Friday), then the weekend: Monday
            2026-01-15 | 2026-04-15 | same date three months later, a Wednesday
            2026-02-14 | 2026-05-15 | 14 May 2026 is Ascension (Thursday): Friday
            2026-03-31 | 2026-06-30 | no 31 Jun: last day of June, a Tuesday
            2026-09-25 | 2026-12-28 | 25 Dec 2026 is Christmas (Friday), then the weekend: Monday
            2026-08-01 | 2026-11-02 | 1 Nov 2026 is a Sunday and All Saints' Day: Monday
            """)
    void extendedDeadline(LocalDate received, LocalDate expected, String why) {
        assertThat(LegalDeadline.extendedDeadline(received)).as(why).isEqualTo(expected);
        assertThat(LegalDeadline.monthsAfter(received, 3)).as(why).isEqualTo(expected);
    }

    @Test
    void theDeadlineIsAlwaysAWorkingDayAfterReceipt() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2031, 1, 1)); day = day.plusDays(1)) {
            LocalDate due = LegalDeadline.replyDeadline(day);
            assertThat(WorkingDays.isWorkingDay(due)).as("due %s for %s", due, day).isTrue();
            assertThat(due).isAfter(day);
            // never earlier than the clamped same date, and at most a few days later
            assertThat(due).isAfterOrEqualTo(day.plusMonths(1)).isBefore(day.plusMonths(1).plusDays(5));
        }
    }

    @Test
    void periodMustBeAtLeastOneMonth() {
        assertThatThrownBy(() -> LegalDeadline.monthsAfter(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
