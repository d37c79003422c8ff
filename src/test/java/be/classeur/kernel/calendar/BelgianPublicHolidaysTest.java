package be.classeur.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelgianPublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2030, 2030-04-21",
        "2038, 2038-04-25",
    })
    void easterSunday(int year, LocalDate expected) {
        assertThat(BelgianPublicHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void holidays2026() {
        assertThat(BelgianPublicHolidays.of(2026)).containsExactly(
                holiday("2026-01-01", Holiday.NEW_YEAR),
                holiday("2026-04-06", Holiday.EASTER_MONDAY),
                holiday("2026-05-01", Holiday.LABOUR_DAY),
                holiday("2026-05-14", Holiday.ASCENSION),
                holiday("2026-05-25", Holiday.WHIT_MONDAY),
                holiday("2026-07-21", Holiday.NATIONAL_DAY),
                holiday("2026-08-15", Holiday.ASSUMPTION),
                holiday("2026-11-01", Holiday.ALL_SAINTS),
                holiday("2026-11-11", Holiday.ARMISTICE),
                holiday("2026-12-25", Holiday.CHRISTMAS));
    }

    @Test
    void holidays2027() {
        assertThat(BelgianPublicHolidays.of(2027)).containsExactly(
                holiday("2027-01-01", Holiday.NEW_YEAR),
                holiday("2027-03-29", Holiday.EASTER_MONDAY),
                holiday("2027-05-01", Holiday.LABOUR_DAY),
                holiday("2027-05-06", Holiday.ASCENSION),
                holiday("2027-05-17", Holiday.WHIT_MONDAY),
                holiday("2027-07-21", Holiday.NATIONAL_DAY),
                holiday("2027-08-15", Holiday.ASSUMPTION),
                holiday("2027-11-01", Holiday.ALL_SAINTS),
                holiday("2027-11-11", Holiday.ARMISTICE),
                holiday("2027-12-25", Holiday.CHRISTMAS));
    }

    @Test
    void holidays2030() {
        assertThat(BelgianPublicHolidays.of(2030)).containsExactly(
                holiday("2030-01-01", Holiday.NEW_YEAR),
                holiday("2030-04-22", Holiday.EASTER_MONDAY),
                holiday("2030-05-01", Holiday.LABOUR_DAY),
                holiday("2030-05-30", Holiday.ASCENSION),
                holiday("2030-06-10", Holiday.WHIT_MONDAY),
                holiday("2030-07-21", Holiday.NATIONAL_DAY),
                holiday("2030-08-15", Holiday.ASSUMPTION),
                holiday("2030-11-01", Holiday.ALL_SAINTS),
                holiday("2030-11-11", Holiday.ARMISTICE),
                holiday("2030-12-25", Holiday.CHRISTMAS));
    }

    @Test
    void everyYearHasTheTenHolidaysOnceInDateOrder() {
        for (int year = 1990; year <= 2100; year++) {
            List<PublicHoliday> holidays = BelgianPublicHolidays.of(year);
            assertThat(holidays).extracting(PublicHoliday::holiday)
                    .as("year %d", year)
                    .containsExactlyInAnyOrder(Holiday.values());
            assertThat(holidays).extracting(PublicHoliday::date)
                    .as("year %d", year)
                    .isSorted()
                    .allMatch(d -> d.getYear() == holidays.getFirst().date().getYear());
            assertThat(BelgianPublicHolidays.easterSunday(year).getDayOfWeek())
                    .isEqualTo(java.time.DayOfWeek.SUNDAY);
        }
    }

    @Test
    void holidayOnAndIsPublicHoliday() {
        assertThat(BelgianPublicHolidays.holidayOn(LocalDate.of(2026, 5, 25)))
                .contains(holiday("2026-05-25", Holiday.WHIT_MONDAY));
        assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(2026, 4, 5)))
                .as("Easter Sunday itself is a Sunday, not a listed holiday").isFalse();
        assertThat(BelgianPublicHolidays.holidayOn(LocalDate.of(2026, 12, 26))).isEmpty();
    }

    @Test
    void communityDaysAreNotNationalHolidays() {
        for (int year = 2025; year <= 2030; year++) {
            assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(year, 9, 27)))
                    .as("27 September %d (Fédération Wallonie-Bruxelles)", year).isFalse();
            assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(year, 7, 11)))
                    .as("11 July %d (Flemish community)", year).isFalse();
            assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(year, 11, 15)))
                    .as("15 November %d (German-speaking community)", year).isFalse();
        }
    }

    @Test
    void labelKeys() {
        assertThat(Holiday.ASCENSION.labelKey()).isEqualTo("kernel.holiday.ASCENSION");
        assertThat(Arrays.stream(Holiday.values()).map(Holiday::labelKey))
                .allMatch(k -> k.startsWith("kernel.holiday."));
    }

    private static PublicHoliday holiday(String date, Holiday holiday) {
        return new PublicHoliday(LocalDate.parse(date), holiday);
    }
}
