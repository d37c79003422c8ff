package be.classeur.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A name in the purge list's CSV is text, never a formula a spreadsheet would run (CSV injection). */
class PurgeCsvTest {

    @Test
    void aValueAFormulaCouldStartWithIsQuotedAndOthersAreLeftAsTyped() {
        assertThat(PurgeService.asText("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(PurgeService.asText("+32 470")).isEqualTo("'+32 470");
        assertThat(PurgeService.asText("-1")).isEqualTo("'-1");
        assertThat(PurgeService.asText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PurgeService.asText("\tcmd")).isEqualTo("'\tcmd");
        assertThat(PurgeService.asText("Lena Adam")).isEqualTo("Lena Adam");
        assertThat(PurgeService.asText("")).isEmpty();
    }
}
