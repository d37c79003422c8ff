package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.audit.AuditLog;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Letters e-mailed through a real SMTP server in the test JVM ({@link TestSmtpServer}): what arrives, what is
 * recorded, what is audited, and that a refused mail leaves the letter unsent.
 */
@SpringBootTest
@WithUserDetails("dpo")
class LetterMailIT {
    @Autowired
    LetterService letters;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    GuardianService guardians;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;
    @Autowired
    MailProperties mail;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DataSubjectRef someGuardian() {
        PersonRow guardian = guardians.search(PersonFilter.active(), PageRequest.of(0, 1)).getContent().getFirst();
        return DataSubjectRef.guardian(guardian.id());
    }

    private long request(DataSubjectRef requester, String name, String email) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), requester, name, email, null,
                RequestChannel.EMAIL, today().minusDays(2), null));
    }

    static List<MimeMessage> to(GreenMail server, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
                found.add(m);
            }
        }
        return found;
    }

    /** The parts of a message, depth first, multiparts unfolded. */
    static List<Part> parts(Part part) throws Exception {
        List<Part> all = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        } else {
            all.add(part);
        }
        return all;
    }

    static String text(MimeMessage message) throws Exception {
        for (Part p : parts(message)) {
            if (p.isMimeType("text/plain") && p.getFileName() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no text part");
    }

    @Test
    void theEditedLetterArrivesWithItsPdfAndIsRecordedAndAuditedAsSentByEmail() throws Exception {
        GreenMail server = TestSmtpServer.running(mail);
        DataSubjectRef requester = someGuardian();
        String name = "Courriel" + System.nanoTime();
        String address = name.toLowerCase() + "@exemple.be";
        long id = request(requester, name, address);
        Letter letter = letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr");
        String edited = letter.text().replace(letter.subject(), letter.subject() + " (suite)")
                + "\nPS : ajouté à la main, avec accents é à ç.";

        assertThat(letters.canSendByMail()).isTrue();
        letters.send(id, LetterKind.ACKNOWLEDGEMENT, "fr", letter.subject(), edited);

        assertThat(TestSmtpServer.awaitMailTo(server, address, Duration.ofSeconds(5))).as("mail to %s", address).hasSize(1);
        MimeMessage mail = to(server, address).getFirst();
        assertThat(to(server, address)).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo(letter.subject() + " (suite)");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("dpo-test@classeur.test");
        String body = text(mail);
        assertThat(body).doesNotStartWith("Objet").contains(name).contains("PS : ajouté à la main, avec accents é à ç.");
        Part pdf = parts(mail).stream().filter(p -> ("lettre-" + id + ".pdf").equals(fileName(p))).findFirst().orElseThrow();
        try (InputStream in = pdf.getInputStream()) {
            assertThat(new String(in.readNBytes(4))).isEqualTo("%PDF");
        }

        assertThat(letters.sentLetters(id)).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo(RequestChannel.EMAIL);
            assertThat(row.sentOn()).isEqualTo(today());
            assertThat(row.kind()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
            assertThat(row.sentBy()).isEqualTo("dpo");
        });
        assertThat(auditLog.latestAbout(requester, 20)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("RIGHTS_REQUEST_LETTER_EMAILED");
            assertThat(line.detail()).contains("request " + id).contains("ACKNOWLEDGEMENT");
            assertThat(line.actor()).as("by account, not login").isEqualTo(be.classeur.kernel.Actors.currentRoles() + " #" + be.classeur.kernel.Actors.currentAccountId());
        });
    }

    private static String fileName(Part p) {
        try {
            return p.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whenTheServerIsDownNothingIsRecordedNorAudited() {
        DataSubjectRef requester = someGuardian();
        String name = "Panne" + System.nanoTime();
        long id = request(requester, name, name.toLowerCase() + "@exemple.be");
        Letter letter = letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr");
        TestSmtpServer.stop();
        try {
            assertThatThrownBy(() -> letters.send(id, LetterKind.ACKNOWLEDGEMENT, "fr", letter.subject(), letter.text()))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.letter.error.mailFailed");
        } finally {
            TestSmtpServer.running(mail);
        }
        assertThat(letters.sentLetters(id)).isEmpty();
        assertThat(auditLog.latestAbout(requester, 50)).noneSatisfy(line ->
                assertThat(line.detail()).contains("request " + id + ": letter"));
    }

    @Test
    void aRequestWithoutAddressCannotBeEmailed() {
        long id = request(null, "SansAdresse" + System.nanoTime(), null);
        assertThatThrownBy(() -> letters.send(id, LetterKind.ACKNOWLEDGEMENT, "fr", "s", "t"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.letter.error.noAddress");
        assertThat(letters.sentLetters(id)).isEmpty();
    }

    @Test
    void markingALetterAsSentIsAuditedOnTheRequestersRecord() {
        DataSubjectRef requester = someGuardian();
        long id = request(requester, "Poste" + System.nanoTime(), null);
        letters.markSent(id, LetterKind.COMPLETION, "nl", today(), RequestChannel.POST);
        assertThat(auditLog.latestAbout(requester, 20)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("RIGHTS_REQUEST_LETTER_SENT");
            assertThat(line.detail()).isEqualTo("request " + id + ": letter COMPLETION (nl) sent on " + today() + " by POST");
        });
    }

    @Test
    void theMailSubjectIsTheEditedSubjectLineOrElseTheGivenOne() {
        assertThat(LetterService.subjectAndBody("fr", "Sujet", "Objet : Votre demande\n\nMadame,\nBien à vous"))
                .containsExactly("Votre demande", "Madame,\nBien à vous");
        assertThat(LetterService.subjectAndBody("nl", "Sujet", "Betreft: Uw verzoek\nGeachte"))
                .containsExactly("Uw verzoek", "Geachte");
        assertThat(LetterService.subjectAndBody("fr", "Sujet", "Madame,\nBien à vous"))
                .containsExactly("Sujet", "Madame,\nBien à vous");
    }
}
