package be.classeur.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.Message;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.StatusChangeRow;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The changeset that turns the history notes, once French sentences, into keys and arguments: run on rows as they were
 * before it (the old note column is put back for the test, then dropped again, as the changeset leaves it).
 */
@SpringBootTest
@WithUserDetails("dpo")
class HistoryNotesAsMessagesIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void legacySentencesBecomeKeysWithTypedArgumentsAndAnyOtherNoteIsKeptAsWritten() throws Exception {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Ancienne note " + System.nanoTime(),
                null, null, RequestChannel.POST, LocalDate.now(clock).minusDays(3), null));
        List<String> legacy = List.of(
                "Date de réception corrigée du 2026-11-03 au 29/10/2026. Motif : Date du cachet de la poste",
                "Âge vérifié pour l’enfant n° 1234 (sans date de naissance enregistrée) : mineur à la réception de la demande.",
                "Destinataires informés de l’effacement (RGPD, art. 19) : formateur n° 7, formateur n° 9. Sans compte, à"
                        + " informer par un autre moyen : formateur n° 9.",
                "identity confirmed",
                "Rectification (responsable n° 5) : Nom de famille, E-mail",
                "Opposition aux nouvelles des activités / retrait du consentement enregistré : élève n° 3, responsable n° 4"
                        + " (déjà enregistrée)",
                "Pris en charge par Marie, voir dossier papier");
        jdbc.execute("alter table request_status_change add column note varchar(1000)");
        try {
            LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC); // the column holds UTC
            for (String note : legacy) {
                jdbc.update("insert into request_status_change (request_id, from_status, to_status, changed_by, changed_at, note)"
                        + " values (?, 'RECEIVED', 'RECEIVED', 'dpo', ?, ?)", id, at, note);
            }
            try (Connection connection = dataSource.getConnection()) {
                assertThat(HistoryNotesAsMessages.migrate(connection)).isEqualTo(legacy.size());
            }
        } finally {
            jdbc.execute("alter table request_status_change drop column note");
        }

        assertThat(jdbc.queryForList("select note_key from request_status_change where request_id = ? and note_key is not null"
                + " order by id", String.class, id)).containsExactly("privacy.history.receiptCorrected",
                "privacy.history.minorChecked", Message.SENTENCES, "privacy.identity.history.confirmedStep",
                "privacy.choices.history.rectified", "privacy.choices.history.objection", Message.LITERAL);

        List<StatusChangeRow> history = requestWorkflow.detail(id).history();
        List<String> french = history.stream().map(h -> h.noteIn(Locale.FRENCH)).filter(n -> !n.isEmpty()).toList();
        assertThat(french).containsExactly(
                "Date de réception corrigée du 03/11/2026 au 29/10/2026. Motif : Date du cachet de la poste",
                legacy.get(1), legacy.get(2).replace("formateur n°", "formateur·rice n°"), "Identité confirmée.",
                legacy.get(4).replace("responsable n°", "responsable légal·e n°"),
                legacy.get(5).replace("responsable n°", "responsable légal·e n°"), legacy.get(6));
        List<String> english = history.stream().map(h -> h.noteIn(Locale.ENGLISH)).filter(n -> !n.isEmpty()).toList();
        assertThat(english).containsExactly(
                "Date received corrected from 03/11/2026 to 29/10/2026. Reason: Date du cachet de la poste",
                "Age checked for child no. 1234 (no birth date recorded): a minor when the request was received.",
                "Recipients told of the erasure (GDPR art. 19): trainer no. 7, trainer no. 9. Without an account, to be"
                        + " told another way: trainer no. 9.",
                "Identity confirmed.", "Rectification (guardian no. 5): Last name, E-mail",
                "Objection to news about activities / consent withdrawal recorded: pupil no. 3, guardian no. 4 (already"
                        + " recorded)", "Pris en charge par Marie, voir dossier papier");
    }
}
