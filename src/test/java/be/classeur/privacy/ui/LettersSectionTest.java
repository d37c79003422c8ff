package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.TestSmtpServer;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The letters section of a request's page: generated text, language switch, marking a letter as sent. */
@SpringBootTest
@WithUserDetails("dpo")
class LettersSectionTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    LetterService letters;
    @Autowired
    Clock clock;
    @Autowired
    MailProperties mail;

    @Test
    void theOfficerEditsTheLetterAndMarksItSent() {
        String name = "Lettre" + System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                today, null));

        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        assertThat(section.kind.getValue()).isEqualTo(LetterKind.ACKNOWLEDGEMENT);
        assertThat(section.text.getValue()).startsWith("Objet").contains(name)
                .contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(requestWorkflow.detail(id).deadline()));
        assertThat(section.pdf.getHref()).isNotBlank();

        section.language.setValue("nl");
        assertThat(section.text.getValue()).startsWith("Betreft").contains(name);

        test(section.text).setValue(section.text.getValue() + "\nPS : ajouté à la main");
        // The day sent is a fact: no default, so marking without it is refused with the reason.
        assertThat(section.sentOn.getValue()).isNull();
        test(section.markSent).click();
        assertThat(letters.sentLetters(id)).isEmpty();
        assertThat(section.sentOn.isInvalid()).isTrue();
        assertThat(section.sentOn.getErrorMessage()).isEqualTo("Indiquez le jour où le courrier a été envoyé.");
        roundTrip();
        section.sentOn.setValue(today);
        test(section.markSent).click();
        assertThat(letters.sentLetters(id)).singleElement().satisfies(row -> {
            assertThat(row.sentOn()).isEqualTo(today);
            assertThat(row.language()).isEqualTo("nl");
            assertThat(row.channel()).isEqualTo(RequestChannel.POST);
        });
        assertThat(section.send.isVisible()).isFalse();
    }

    private long requestWithAddress(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, name.toLowerCase() + "@exemple.be",
                null, RequestChannel.EMAIL, LocalDate.now(clock), null));
    }

    @Test
    void theOfficerSendsTheEditedLetterByEmailAfterConfirmingTheAddress() throws InterruptedException {
        GreenMail server = TestSmtpServer.running(mail);
        String name = "Envoi" + System.nanoTime();
        String address = name.toLowerCase() + "@exemple.be";
        long id = requestWithAddress(name);

        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        assertThat(section.send.isVisible()).isTrue();
        test(section.text).setValue(section.text.getValue() + "\nPS : envoyé depuis Classeur");
        test(section.send).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(letters.sentLetters(id)).isEmpty();
        assertThat(confirm.getElement().getProperty("message")).contains(address);
        test(confirm).confirm();

        assertThat(TestSmtpServer.awaitMailTo(server, address, Duration.ofSeconds(5))).as("mail to %s", address).hasSize(1);
        assertThat(letters.sentLetters(id)).singleElement()
                .satisfies(row -> assertThat(row.channel()).isEqualTo(RequestChannel.EMAIL));
    }

    @Test
    void whenTheMailServerIsDownTheTextIsKeptAndNothingIsMarkedSent() {
        String name = "Echec" + System.nanoTime();
        long id = requestWithAddress(name);
        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        String edited = section.text.getValue() + "\nPS : texte à ne pas perdre";
        test(section.text).setValue(edited);

        TestSmtpServer.stop();
        try {
            test(section.send).click();
            test(find(ConfirmDialog.class).single()).confirm();
        } finally {
            TestSmtpServer.running(mail);
        }
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anyMatch(text -> text.contains("n’a pas accepté l’e-mail"));
        assertThat(section.text.getValue()).isEqualTo(edited);
        assertThat(letters.sentLetters(id)).isEmpty();
    }

    @Test
    void copyingTheTextHandsItToTheBrowsersClipboard() {
        long id = requestWithAddress("Copie" + System.nanoTime());
        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        test(section.text).setValue("Objet : test\nTexte copié");
        test(section.copy).click();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> {
                    assertThat(js.getInvocation().getExpression()).contains("navigator.clipboard.writeText");
                    assertThat(js.getInvocation().getParameters()).contains("Objet : test\nTexte copié");
                });
    }

    @Test
    void theRestrictionLiftedNoticeCanBeChosenAndIsGenerated() {
        long id = requestWithAddress("Levee" + System.nanoTime());
        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        assertThat(section.kind.getListDataView().getItems()).contains(LetterKind.RESTRICTION_LIFTED);

        section.kind.setValue(LetterKind.RESTRICTION_LIFTED);

        assertThat(section.text.getValue()).startsWith("Objet : Levée de la limitation")
                .contains("article 18, paragraphe 3");
    }
}
