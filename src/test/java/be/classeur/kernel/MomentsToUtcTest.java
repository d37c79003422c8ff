package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The conversion of the old Brussels wall-clock moments to UTC (changeset i9-moments-utc). */
class MomentsToUtcTest {

    @Test
    void winterTimeIsOneHourAheadOfUtc() {
        assertThat(MomentsToUtc.brusselsToInstant(LocalDateTime.of(2026, 1, 15, 10, 0))).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
    }

    @Test
    void summerTimeIsTwoHoursAheadOfUtc() {
        assertThat(MomentsToUtc.brusselsToInstant(LocalDateTime.of(2026, 7, 1, 10, 0))).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    }

    @Test
    void theAutumnHourThatHappensTwiceTakesTheEarlierOffset() {
        // 25/10/2026 02:30 happens at 00:30 UTC (summer time) and again at 01:30 UTC (winter time): the first is chosen.
        assertThat(MomentsToUtc.brusselsToInstant(LocalDateTime.of(2026, 10, 25, 2, 30))).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void aTimeInTheSpringGapMovesForward() {
        // 29/03/2026 02:30 never happened in Brussels: it is read as 03:30 summer time.
        assertThat(MomentsToUtc.brusselsToInstant(LocalDateTime.of(2026, 3, 29, 2, 30))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void theOldRawValueIsReadBackAsTheTimeTheOldPagesShowed() {
        LocalDateTime shown = LocalDateTime.of(2026, 11, 26, 9, 0);
        // A Brussels JVM wrote the wall clock as is.
        assertThat(MomentsToUtc.shownAs(shown, ZoneId.of("Europe/Brussels"))).isEqualTo(shown);
        // A UTC JVM wrote it an hour ahead in winter (the symptom), two in summer.
        assertThat(MomentsToUtc.shownAs(shown.plusHours(1), ZoneOffset.UTC)).isEqualTo(shown);
        assertThat(MomentsToUtc.shownAs(LocalDateTime.of(2026, 7, 1, 12, 0), ZoneOffset.UTC)).isEqualTo(LocalDateTime.of(2026, 7, 1, 10, 0));
    }
}
