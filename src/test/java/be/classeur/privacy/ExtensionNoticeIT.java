package be.classeur.privacy;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.SystemJob;
import be.classeur.kernel.calendar.LegalDeadline;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 8, point 1: an extension counts only once the requester is told within the first month (art. 12(3)); until
 * then the queue, the navigation badge and the morning job keep watching the first deadline. Also the extension while
 * awaiting identity, and the corrected date of receipt.
 */
@SpringBootTest
@WithUserDetails("dpo")
class ExtensionNoticeIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    LetterService letters;
    @Autowired
    PrivacyAlertJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long record(String name, LocalDate receivedOn) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                receivedOn, "Je souhaite une copie de mes données."));
    }

    /** Received 28 days ago: the first deadline is a few days away, so the request is "due soon" until extended. */
    private long extendedDueSoon(String name) {
        long id = record(name, today().minusDays(28));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(id, "Complexité de la demande : dix ans d'archives papier");
        return id;
    }

    private RequestRow queueRow(String name) {
        return requestQueue.search(new RequestFilter(null, null, null, false, name), PageRequest.of(0, 10)).getContent()
                .stream().findFirst().orElseThrow();
    }

    private List<PrivacyAlert> morningJob() {
        return SystemJob.run(PrivacyAlertJob.NAME, job::report);
    }

    @Test
    void anExtensionWithoutNoticeKeepsTheFirstDeadlineInTheQueueTheBadgeAndTheMorningJob() {
        String name = unique("Sansavis");
        long id = extendedDueSoon(name);
        LocalDate first = LegalDeadline.replyDeadline(today().minusDays(28));

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(detail.extensionInForce()).isFalse();
        assertThat(detail.deadline()).isEqualTo(first);
        assertThat(detail.extendedDeadline()).isEqualTo(LegalDeadline.extendedDeadline(today().minusDays(28)));
        assertThat(queueRow(name).deadline()).as("the queue's due date").isEqualTo(first);
        assertThat(requestQueue.dueSoonAndOverdue()).as("the banner").extracting(RequestRow::id).contains(id);
        assertThat(requestQueue.countDueSoonAndOverdue()).as("the navigation badge counts the same list")
                .isEqualTo(requestQueue.dueSoonAndOverdue().size());
        assertThat(morningJob()).as("the morning job").anySatisfy(a -> {
            assertThat(a.requestId()).isEqualTo(id);
            assertThat(a.deadline()).isEqualTo(first);
        });
    }

    @Test
    void aNoticeMarkedSentOnOrBeforeTheFirstDeadlineMovesTheRequestToTheExtendedDeadline() {
        String name = unique("Avisenvoye");
        long id = extendedDueSoon(name);
        LocalDate extended = LegalDeadline.extendedDeadline(today().minusDays(28));
        long badgeBefore = requestQueue.countDueSoonAndOverdue();

        letters.markSent(id, LetterKind.EXTENSION, "fr", today().minusDays(1), RequestChannel.POST);

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.extensionInForce()).isTrue();
        assertThat(detail.extensionNotifiedOn()).isEqualTo(today().minusDays(1));
        assertThat(detail.deadline()).isEqualTo(extended);
        assertThat(queueRow(name).deadline()).isEqualTo(extended);
        assertThat(requestQueue.dueSoonAndOverdue()).extracting(RequestRow::id).doesNotContain(id);
        assertThat(requestQueue.countDueSoonAndOverdue()).isEqualTo(badgeBefore - 1);
        assertThat(morningJob()).extracting(PrivacyAlert::requestId).doesNotContain(id);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RIGHTS_REQUEST_LETTER_SENT' and detail like ?",
                Long.class, "request " + id + ": letter EXTENSION%")).isEqualTo(1);
    }

    @Test
    void aNoticeDatedAfterTheFirstDeadlineIsRefusedAndTheFirstDeadlineStays() {
        String name = unique("Avistardif");
        long id = record(name, today().minusDays(10));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(id, "Nombre de demandes : vingt demandes reçues la même semaine");
        // The letter of the request shows it was in fact received six weeks ago: the first deadline has passed.
        LocalDate received = today().minusDays(45);
        requestWorkflow.correctReceivedOn(id, received, "Date du cachet de la poste", requestWorkflow.detail(id).version());
        LocalDate first = LegalDeadline.replyDeadline(received);

        assertThatThrownBy(() -> letters.markSent(id, LetterKind.EXTENSION, "fr", first.plusDays(1), RequestChannel.POST))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.letter.error.extensionNoticeTooLate");

        assertThat(letters.sentLetters(id)).as("nothing recorded").isEmpty();
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.extensionInForce()).isFalse();
        assertThat(detail.deadline()).isEqualTo(first);
        assertThat(detail.daysLeft()).isNegative();
        assertThat(requestQueue.search(new RequestFilter(null, null, null, true, name), PageRequest.of(0, 10)).getContent())
                .as("the overdue filter").extracting(RequestRow::id).containsExactly(id);
    }

    @Test
    void anExtensionNoticeCannotBeRecordedForARequestThatIsNotExtended() {
        long id = record(unique("Nonprolonge"), today().minusDays(3));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> letters.markSent(id, LetterKind.EXTENSION, "fr", today(), RequestChannel.POST))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.letter.error.extensionNotDecided");
        assertThat(letters.sentLetters(id)).isEmpty();
        assertThat(requestWorkflow.detail(id).deadline()).isEqualTo(LegalDeadline.replyDeadline(today().minusDays(3)));
    }

    @Test
    void everyLetterRecordsTheDateItWasSentAndWhenThatWasRecorded() {
        long id = record(unique("Horodate"), today().minusDays(6));
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        letters.markSent(id, LetterKind.ACKNOWLEDGEMENT, "fr", today().minusDays(5), RequestChannel.POST);
        Instant after = clock.instant();

        assertThat(letters.sentLetters(id)).singleElement().satisfies(row -> {
            assertThat(row.sentOn()).as("the date the letter says").isEqualTo(today().minusDays(5));
            assertThat(row.recordedAt()).as("when it was recorded").isBetween(before, after);
        });
    }

    @Test
    void theDeadlineCanBeExtendedWhileAwaitingProofOfIdentity() {
        long id = record(unique("Identite"), today().minusDays(12));
        requestWorkflow.changeStatus(id, RequestStatus.AWAITING_IDENTITY, "Signature différente");

        requestWorkflow.extend(id, "Complexité de la demande : données dans trois systèmes");

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).as("the identity check goes on").isEqualTo(RequestStatus.AWAITING_IDENTITY);
        assertThat(detail.extendedOn()).isEqualTo(today());
        assertThat(detail.canExtend()).isFalse();
        assertThat(detail.history()).last().satisfies(h -> {
            assertThat(h.to()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
            assertThat(h.noteIn(java.util.Locale.FRENCH)).contains("prolongé").contains("données dans trois systèmes");
        });

        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, "identity confirmed");
        assertThat(requestWorkflow.detail(id).status()).as("once the identity is established, the request is extended")
                .isEqualTo(RequestStatus.EXTENDED);
        assertThat(requestWorkflow.detail(id).history()).last().satisfies(h -> assertThat(h.to()).isEqualTo(RequestStatus.EXTENDED));
    }

    @Test
    void correctingTheDateReceivedMovesTheDeadlinesAndIsWrittenInTheHistoryAndTheAuditLog() {
        String name = unique("Correction");
        long id = record(name, today().minusDays(3));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(id, "Nombre de demandes : rentrée scolaire");
        letters.markSent(id, LetterKind.EXTENSION, "fr", today(), RequestChannel.POST);
        LocalDate corrected = today().minusDays(8);

        requestWorkflow.correctReceivedOn(id, corrected, "Courrier reçu au secrétariat et transmis en retard",
                requestWorkflow.detail(id).version());

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.receivedOn()).isEqualTo(corrected);
        assertThat(detail.firstDeadline()).isEqualTo(LegalDeadline.replyDeadline(corrected));
        assertThat(detail.extendedDeadline()).isEqualTo(LegalDeadline.extendedDeadline(corrected));
        assertThat(detail.deadline()).isEqualTo(LegalDeadline.extendedDeadline(corrected));
        assertThat(queueRow(name).deadline()).as("due_on follows").isEqualTo(LegalDeadline.extendedDeadline(corrected));
        assertThat(detail.history()).last().satisfies(h -> {
            assertThat(h.from()).isEqualTo(RequestStatus.EXTENDED);
            assertThat(h.to()).isEqualTo(RequestStatus.EXTENDED);
            assertThat(h.changedBy()).as("staff by name, not login").isEqualTo(be.classeur.accounts.DemoAccounts.PRIVACY_OFFICER.displayName());
            assertThat(h.noteIn(java.util.Locale.FRENCH)).contains(corrected.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                    .contains("Courrier reçu au secrétariat et transmis en retard");
        });
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'RIGHTS_REQUEST_RECEIPT_FIXED' and detail like ?",
                String.class, "request " + id + ":%"))
                .singleElement().asString().contains(today().minusDays(3).toString()).contains(corrected.toString());
    }

    @Test
    void aCorrectedDateReceivedIsRefusedInTheFutureAfterALetterWithoutReasonOrOnAStalePage() {
        long id = record(unique("Refuscorr"), today().minusDays(10));
        letters.markSent(id, LetterKind.ACKNOWLEDGEMENT, "fr", today().minusDays(6), RequestChannel.POST);
        long version = requestWorkflow.detail(id).version();

        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(id, today().plusDays(1), "Erreur de saisie", version))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.receivedInFuture");
        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(id, today().minusDays(5), "Erreur de saisie", version))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.receiptAfterRecordedAct");
        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(id, today().minusDays(12), "  ", version))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.receiptCorrectionReasonMissing");
        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(id, today().minusDays(12), "Erreur de saisie", version - 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(requestWorkflow.detail(id).receivedOn()).isEqualTo(today().minusDays(10));

        requestWorkflow.correctReceivedOn(id, today().minusDays(6), "Erreur de saisie", version);
        assertThat(requestWorkflow.detail(id).receivedOn()).as("the day of the first letter is still possible")
                .isEqualTo(today().minusDays(6));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotCorrectTheDateReceived() {
        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(1L, today(), "Erreur", 0))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
