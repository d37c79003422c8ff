package be.classeur.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.calendar.LegalDeadline;
import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import java.sql.Connection;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The changeset for requests extended before the notice rule: in force only with a notice sent in time. */
@SpringBootTest
@WithUserDetails("dpo")
class ExtensionNoticeBackfillIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    LetterService letters;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long extended(LocalDate receivedOn) {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Ancienne " + System.nanoTime(), null,
                null, RequestChannel.POST, receivedOn, null));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(id, "Complexité de la demande");
        return id;
    }

    /** As rows were before the rule: extended, due on the extended deadline, no notice date. */
    private void asBeforeTheRule(long id, LocalDate receivedOn) {
        jdbc.update("update rights_request set extension_notified_on = null, due_on = ? where id = ?",
                Date.valueOf(LegalDeadline.extendedDeadline(receivedOn)), id);
    }

    private LocalDate notifiedOn(long id) {
        return jdbc.queryForObject("select extension_notified_on from rights_request where id = ?", LocalDate.class, id);
    }

    private LocalDate dueOn(long id) {
        return jdbc.queryForObject("select due_on from rights_request where id = ?", LocalDate.class, id);
    }

    @Test
    void onlyANoticeRecordedByTheFirstDeadlineKeepsAnOldExtensionInForce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate received = today.minusDays(5);
        long notified = extended(received);
        letters.markSent(notified, LetterKind.EXTENSION, "fr", today.minusDays(1), RequestChannel.POST);
        long silent = extended(received);
        long late = extended(received);
        LocalDate lateReceived = today.minusDays(45);
        jdbc.update("update rights_request set received_on = ? where id = ?", Date.valueOf(lateReceived), late);
        jdbc.update("insert into privacy_letter_sent (request_id, kind, language, sent_on, sent_by, channel, recorded_at)"
                        + " values (?, 'EXTENSION', 'fr', ?, 'dpo', 'POST', ?)", late,
                Date.valueOf(LegalDeadline.replyDeadline(lateReceived).plusDays(1)), java.sql.Timestamp.valueOf(today.atStartOfDay()));
        asBeforeTheRule(notified, received);
        asBeforeTheRule(silent, received);
        asBeforeTheRule(late, lateReceived);

        try (Connection connection = dataSource.getConnection()) {
            ExtensionNoticeBackfill.backfill(connection);
        }

        assertThat(notifiedOn(notified)).isEqualTo(today.minusDays(1));
        assertThat(dueOn(notified)).isEqualTo(LegalDeadline.extendedDeadline(received));
        assertThat(notifiedOn(silent)).isNull();
        assertThat(dueOn(silent)).isEqualTo(LegalDeadline.replyDeadline(received));
        assertThat(notifiedOn(late)).as("a notice sent after the first deadline does not count").isNull();
        assertThat(dueOn(late)).isEqualTo(LegalDeadline.replyDeadline(lateReceived));
        assertThat(requestWorkflow.detail(notified).deadline()).as("the entity agrees")
                .isEqualTo(LegalDeadline.extendedDeadline(received));
    }
}
