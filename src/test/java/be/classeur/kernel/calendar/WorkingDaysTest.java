package be.classeur.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-01 | true  | an ordinary Wednesday
            2026-04-04 | false | a Saturday
            2026-04-05 | false | a Sunday (Easter)
            2026-04-06 | false | Easter Monday
            2026-05-14 | false | Ascension, a Thursday
            2026-07-21 | false | National Day, a Tuesday
            2028-12-26 | true  | 26 December is not a national holiday (a Tuesday in 2028)
            2027-09-27 | true  | FWB community day, a Monday, is a working day
            2028-07-11 | true  | Flemish community day, a Tuesday, is a working day
            """)
    void isWorkingDay(LocalDate day, boolean expected, String why) {
        assertThat(WorkingDays.isWorkingDay(day)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-01 | 2026-04-01 | a working day stays
            2026-04-04 | 2026-04-07 | Saturday, Sunday, Easter Monday: Tuesday
            2026-12-25 | 2026-12-28 | Christmas Friday, then the weekend: Monday
            2026-12-31 | 2026-12-31 | 31 December, a Thursday, is a working day
            2027-01-01 | 2027-01-04 | New Year Friday, then the weekend: Monday
            """)
    void onOrNextWorkingDay(LocalDate day, LocalDate expected, String why) {
        assertThat(WorkingDays.onOrNextWorkingDay(day)).as(why).isEqualTo(expected);
    }
}
