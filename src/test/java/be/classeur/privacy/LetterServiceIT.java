package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.calendar.LegalDeadline;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The letters of a rights request: every kind in French, English and Dutch; PDF; "marked as sent". */
@SpringBootTest
@WithUserDetails("dpo")
class LetterServiceIT {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    LetterService letters;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long request(String name, LocalDate receivedOn) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS, Right.ERASURE), null, name, "x@exemple.be", null,
                RequestChannel.EMAIL, receivedOn, null));
    }

    @Test
    void everyKindRendersInEveryLanguageWithTheNameAndTheDeadline() {
        String name = "Zoé Lettre" + System.nanoTime();
        LocalDate received = today().minusDays(3);
        long id = request(name, received);
        String deadline = DATE.format(LegalDeadline.replyDeadline(received));
        String extended = DATE.format(LegalDeadline.extendedDeadline(received));
        for (String language : LetterService.LANGUAGES) {
            for (LetterKind kind : LetterKind.values()) {
                Letter letter = letters.render(id, kind, language);
                assertThat(letter.language()).isEqualTo(language);
                assertThat(letter.subject()).as(kind + " " + language).isNotBlank().doesNotContain("{");
                assertThat(letter.body()).as(kind + " " + language)
                        .contains(name)
                        .contains(DATE.format(received))
                        // The restriction-lifted notice is about a date the officer fills in, not the reply deadline.
                        .contains(kind == LetterKind.EXTENSION ? extended
                                : kind == LetterKind.RESTRICTION_LIFTED ? DATE.format(received) : deadline)
                        .doesNotContain("{").doesNotContain("!privacy");
                assertThat(letter.text()).startsWith(language.equals("fr") ? "Objet" : language.equals("en") ? "Subject" : "Betreft");
            }
        }
        assertThat(letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr").body()).contains("Accès (art. 15)");
        assertThat(letters.render(id, LetterKind.IDENTITY_PROOF, "fr").body())
                .contains("photo").contains("registre national");
    }

    @Test
    void aLetterNeverPromisesAReplyByADateAlreadyPast() {
        // Received two months ago: the one-month deadline has passed, the extended one (three months) has not.
        LocalDate received = today().minusMonths(2);
        long id = request("Tardive" + System.nanoTime(), received);
        String deadline = DATE.format(LegalDeadline.replyDeadline(received));
        for (LetterKind kind : new LetterKind[] {LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_PROOF}) {
            Letter letter = letters.render(id, kind, "fr");
            assertThat(letter.promiseLate()).as(kind.name()).isTrue();
            assertThat(letter.latePromise()).isEqualTo(LegalDeadline.replyDeadline(received));
            assertThat(letter.body()).as(kind.name()).contains(deadline).contains("déjà dépassé")
                    .contains("nous vous prions de nous en excuser")
                    .doesNotContain("nous y répondrons sans retard injustifié et au plus tard le")
                    .doesNotContain("nous vous répondrons au plus tard le");
            for (String language : LetterService.LANGUAGES) {
                assertThat(letters.render(id, kind, language).body()).as(kind + " " + language)
                        .contains(deadline).doesNotContain("{");
            }
        }
        Letter extension = letters.render(id, LetterKind.EXTENSION, "fr");
        assertThat(extension.promiseLate()).as("the extended deadline is still ahead").isFalse();
        assertThat(extension.body()).contains("Nous vous répondrons au plus tard le "
                + DATE.format(LegalDeadline.extendedDeadline(received)));
        // Letters that promise nothing are never "late promises".
        assertThat(letters.render(id, LetterKind.COMPLETION, "fr").promiseLate()).isFalse();

        // Four months ago: the extended deadline is past too, and the extension letter says so.
        LocalDate longAgo = today().minusMonths(4);
        long old = request("TresTardive" + System.nanoTime(), longAgo);
        Letter lateExtension = letters.render(old, LetterKind.EXTENSION, "en");
        assertThat(lateExtension.promiseLate()).isTrue();
        assertThat(lateExtension.body()).contains("has already passed")
                .doesNotContain("We will reply at the latest on");
    }

    @Test
    void aLetterPromisesTheDeadlineWhileItIsAhead() {
        LocalDate received = today().minusDays(2);
        long id = request("Promesse" + System.nanoTime(), received);
        Letter letter = letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr");
        assertThat(letter.promiseLate()).isFalse();
        assertThat(letter.body()).contains("au plus tard le " + DATE.format(LegalDeadline.replyDeadline(received)))
                .doesNotContain("déjà dépassé");
    }

    @Test
    void theRefusalGivesTheReasonsAndTheRightToComplain() {
        String name = "Refus" + System.nanoTime();
        long id = request(name, today());
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(id, RequestStatus.REFUSED, "Demande manifestement infondée");
        for (String language : LetterService.LANGUAGES) {
            String body = letters.render(id, LetterKind.REFUSAL, language).body();
            assertThat(body).as(language).contains("Autorité de protection des données")
                    .contains("35, 1000 Bru").contains("contact@apd-gba.be")
                    .contains("Demande manifestement infondée");
        }
        assertThat(letters.render(id, LetterKind.REFUSAL, "fr").body())
                .contains("rue de la Presse 35, 1000 Bruxelles").contains("juridictions");
    }

    @Test
    void theExtensionNoticeGivesTheReasonsAndTheExtendedDeadline() {
        LocalDate received = today().minusDays(2);
        long id = request("Prolongation" + System.nanoTime(), received);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(id, "Nombreuses archives papier à consulter");
        String body = letters.render(id, LetterKind.EXTENSION, "fr").body();
        assertThat(body).contains("Nombreuses archives papier à consulter")
                .contains(DATE.format(LegalDeadline.extendedDeadline(received)));
    }

    @Test
    void thePdfIsAPdf() {
        long id = request("Pdf" + System.nanoTime(), today());
        Letter letter = letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr");
        byte[] pdf = letters.pdf("fr", letter.text() + "\nModifié à la main");
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(pdf.length).isGreaterThan(500);
    }

    @Test
    void markingAsSentStoresTheDate() {
        LocalDate received = today().minusDays(5);
        long id = request("Envoi" + System.nanoTime(), received);
        assertThat(letters.sentLetters(id)).isEmpty();
        letters.markSent(id, LetterKind.ACKNOWLEDGEMENT, "fr", received.plusDays(1), RequestChannel.POST);
        assertThat(letters.sentLetters(id)).singleElement().satisfies(row -> {
            assertThat(row.sentOn()).isEqualTo(received.plusDays(1));
            assertThat(row.kind()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
            assertThat(row.language()).isEqualTo("fr");
            assertThat(row.channel()).isEqualTo(RequestChannel.POST);
            assertThat(row.sentBy()).isEqualTo("dpo");
        });
        assertThatThrownBy(() -> letters.markSent(id, LetterKind.COMPLETION, "fr", today().plusDays(1), RequestChannel.EMAIL))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.letter.error.sentOnInvalid");
        // The test profile configures a mail server (see LetterMailIT): sending is offered.
        assertThat(letters.canSendByMail()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorIsRefused() {
        assertThatThrownBy(() -> letters.render(1L, LetterKind.ACKNOWLEDGEMENT, "fr")).isInstanceOf(AccessDeniedException.class);
    }
}
