package be.classeur.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message keeps its typed arguments through storage and renders them in the reader's language. */
class MessageTest {
    @Test
    void everyKindOfArgumentSurvivesStorage() {
        Message inner = Message.of("privacy.history.person.PUPIL", 12L);
        Message message = Message.of("some.key", LocalDate.of(2026, 3, 2), 1234, "Texte \"cité\" ’", inner,
                new Message.Label("kernel.personKind.TRAINER"), new Message.Joined(List.of(new Message.Text("a"), new Message.Number(2))));
        assertThat(Message.stored(message.key(), message.argsJson())).isEqualTo(message);
    }

    @Test
    void datesReadAsDayMonthYearAndRecordNumbersWithoutGroupingInEachLanguage() {
        Message line = Message.of("privacy.history.receiptCorrected", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 10, 29),
                new Message.Text("cachet"));
        assertThat(line.render(Locale.FRENCH)).isEqualTo("Date de réception corrigée du 03/11/2026 au 29/10/2026. Motif : cachet");
        assertThat(line.render(Locale.ENGLISH)).isEqualTo("Date received corrected from 03/11/2026 to 29/10/2026. Reason: cachet");
        assertThat(Message.of("privacy.history.person.GUARDIAN", 12345L).render(Locale.of("nl"))).isEqualTo("ouder of voogd nr. 12345");
    }

    @Test
    void aLiteralIsShownAsWrittenAndUnreadableArgumentsAreKeptAsText() {
        assertThat(Message.literal("  Pris en charge ").render(Locale.ENGLISH)).isEqualTo("Pris en charge");
        assertThat(Message.literal(" ")).isNull();
        assertThat(Message.stored(Message.LITERAL, "not json")).isEqualTo(Message.of(Message.LITERAL, "not json"));
    }
}
