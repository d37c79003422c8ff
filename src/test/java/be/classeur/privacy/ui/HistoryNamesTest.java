package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** History lines name the people the request covers instead of showing their record number; others keep the number. */
class HistoryNamesTest {
    private static final Map<DataSubjectRef, String> COVERED = Map.of(DataSubjectRef.guardian(4), "Yasmine Alaoui",
            DataSubjectRef.pupil(3), "Adam Alaoui");

    @Test
    void aCoveredPersonIsNamedInAnyLineThatMentionsThem() {
        Message objection = Message.of("privacy.choices.history.objection", new Message.Joined(List.of(
                new Message.Part(Message.of("privacy.history.person.PUPIL", 3L)),
                new Message.Part(Message.of("privacy.history.person.GUARDIAN", 4L)))));
        String french = HistoryNames.named(objection, COVERED).render(Locale.FRENCH);
        assertThat(french).contains("Adam Alaoui (élève)").contains("Yasmine Alaoui (responsable légal·e)")
                .doesNotContain("n° 3").doesNotContain("n° 4");

        String minor = HistoryNames.named(Message.of("privacy.history.minorChecked", 3L), COVERED).render(Locale.FRENCH);
        assertThat(minor).startsWith("Âge vérifié pour Adam Alaoui").doesNotContain("n°");
    }

    @Test
    void someoneTheRequestDoesNotCoverKeepsTheNeutralNumber() {
        Message trainer = Message.of("privacy.history.person.TRAINER", 7L);
        assertThat(HistoryNames.named(trainer, COVERED).render(Locale.FRENCH)).isEqualTo("formateur·rice n° 7");
        assertThat(HistoryNames.named(null, COVERED)).isNull();
    }
}
