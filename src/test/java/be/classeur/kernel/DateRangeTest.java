package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final LocalDate NOV_26 = LocalDate.of(2026, 11, 26);

    @Test
    void anEndBeforeTheStartIsRefusedWithATranslatedKey() {
        assertThatThrownBy(() -> new DateRange(NOV_26, NOV_26.minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(DateRange.END_BEFORE_START));
    }

    @Test
    void eachScreenMayRefuseAReversedRangeInItsOwnWords() {
        assertThatThrownBy(() -> DateRange.of(NOV_26, NOV_26.minusDays(1), "timetable.validation.closureDates"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("timetable.validation.closureDates"));
        assertThat(DateRange.of(NOV_26, NOV_26, "timetable.validation.closureDates").days()).isEqualTo(1);
    }

    @Test
    void aOneDayRangeIsOrderedAndHoldsOneDay() {
        DateRange day = new DateRange(NOV_26, NOV_26);

        assertThat(day.days()).isEqualTo(1);
        assertThat(day.contains(NOV_26)).isTrue();
        assertThat(DateRange.isOrdered(NOV_26, NOV_26)).isTrue();
    }

    @Test
    void bothEndsAreIncluded() {
        DateRange autumnBreak = new DateRange(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 30));

        assertThat(autumnBreak.days()).isEqualTo(12);
        assertThat(autumnBreak.contains(LocalDate.of(2026, 10, 19))).isTrue();
        assertThat(autumnBreak.contains(LocalDate.of(2026, 10, 30))).isTrue();
        assertThat(autumnBreak.contains(LocalDate.of(2026, 10, 18))).isFalse();
        assertThat(autumnBreak.contains(LocalDate.of(2026, 10, 31))).isFalse();
    }

    @Test
    void aMissingDayIsLeftToTheRequiredFieldRule() {
        assertThat(DateRange.isOrdered(null, NOV_26)).isTrue();
        assertThat(DateRange.isOrdered(NOV_26, null)).isTrue();
        assertThat(DateRange.isOrdered(NOV_26, NOV_26.minusDays(1))).isFalse();
    }

    @Test
    void anOpenEndedRangeCoversEveryDayFromItsStart() {
        assertThat(DateRange.covers(NOV_26, null, NOV_26.plusYears(3))).isTrue();
        assertThat(DateRange.covers(NOV_26, null, NOV_26.minusDays(1))).isFalse();
    }

    @Test
    void rangesSharingOneDayOverlapAndAdjacentOnesDoNot() {
        DateRange november = new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(november.overlaps(new DateRange(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 5)))).isTrue();
        assertThat(november.overlaps(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)))).isTrue();
        assertThat(november.overlaps(new DateRange(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)))).isTrue();
        assertThat(november.overlaps(new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5)))).isFalse();
        assertThat(november.overlaps(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))).isFalse();
    }

    @Test
    void aRangeSpansMoreThanALimitOnlyWhenItsEndLiesBeyondIt() {
        assertThat(new DateRange(NOV_26, NOV_26.plusDays(93)).spansMoreThan(93)).isFalse();
        assertThat(new DateRange(NOV_26, NOV_26.plusDays(94)).spansMoreThan(93)).isTrue();
    }
}
