package be.classeur.privacy.ui;

import static be.classeur.support.BrowserEvents.clicksInOneRoundTrip;
import static be.classeur.support.BrowserEvents.eventsInOneRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.TestSmtpServer;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.OneClick;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * One click, one action: a double click (two clicks that reach the server before its answer) records one request,
 * records one letter, sends one e-mail; the buttons are disabled in the browser from the click until the answer.
 */
@SpringBootTest
@WithUserDetails("dpo")
class DoubleClickTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    LetterService letters;
    @Autowired
    Clock clock;
    @Autowired
    MailProperties mail;

    private RecordRequestDialog filledRecordDialog(String requester) {
        test(navigate(RequestsView.class).record).click();
        RecordRequestDialog dialog = find(RecordRequestDialog.class).single();
        dialog.rights.setValue(Set.of(Right.ACCESS));
        dialog.receivedOn.setValue(LocalDate.now(clock));
        test(dialog.requesterName).setValue(requester);
        return dialog;
    }

    private List<?> requestsBy(String requester) {
        return requestQueue.search(new RequestFilter(null, null, null, false, requester), PageRequest.of(0, 10)).getContent();
    }

    private long requestWithAddress(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, name.toLowerCase() + "@exemple.be",
                null, RequestChannel.EMAIL, LocalDate.now(clock), null));
    }

    /**
     * Not OneClick's doing: the first click closes the dialog, so Flow drops the second. This guards that the dialog
     * keeps closing on a successful save (a dialog left open would record the request again).
     */
    @Test
    void theRecordDialogClosesAtTheFirstSaveSoASecondClickRecordsNothing() {
        String requester = "Double" + System.nanoTime();
        RecordRequestDialog dialog = filledRecordDialog(requester);

        clicksInOneRoundTrip(dialog.save, 2);

        assertThat(requestsBy(requester)).hasSize(1);
    }

    @Test
    void aDoubleClickOnMarkAsSentRecordsOneLetter() {
        long id = requestWithAddress("Marque" + System.nanoTime());
        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();
        section.sentOn.setValue(LocalDate.now(clock));

        clicksInOneRoundTrip(section.markSent, 2);
        roundTrip();

        assertThat(letters.sentLetters(id)).hasSize(1);
        // Once the answer has left, the button works again: a second letter is a second click, not a double click.
        assertThat(section.markSent.isEnabled()).isTrue();
        clicksInOneRoundTrip(section.markSent, 1);
        assertThat(letters.sentLetters(id)).hasSize(2);
    }

    @Test
    void aDoubleClickOnSendAndOnItsConfirmationSendsOneEmail() throws InterruptedException {
        GreenMail server = TestSmtpServer.running(mail);
        String name = "Doublenvoi" + System.nanoTime();
        String address = name.toLowerCase() + "@exemple.be";
        long id = requestWithAddress(name);
        navigate(RequestDetailView.class, id);
        LettersSection section = find(LettersSection.class).single();

        clicksInOneRoundTrip(section.send, 2);
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        eventsInOneRoundTrip(confirm, "confirm", 2);

        assertThat(TestSmtpServer.awaitMailTo(server, address, Duration.ofSeconds(5))).hasSize(1);
        Thread.sleep(300); // a second mail, if any, would be on its way
        assertThat(TestSmtpServer.awaitMailTo(server, address, Duration.ZERO)).hasSize(1);
        assertThat(letters.sentLetters(id)).hasSize(1);
    }

    @Test
    void writingButtonsAreDisabledInTheBrowserFromTheClickUntilTheAnswer() {
        long id = requestWithAddress("Bouton" + System.nanoTime());
        navigate(RequestDetailView.class, id);
        LettersSection letterSection = find(LettersSection.class).single();
        RequestDetailView page = find(RequestDetailView.class).single();
        for (Button button : List.of(letterSection.markSent, letterSection.send, page.nextAction, page.assignToMe, page.changeStatus,
                page.recordReply, page.subjectActions.export, page.subjectActions.erase)) {
            // Vaadin's disable-on-click: the browser disables the button in the click's own handler, before the event leaves.
            assertThat(button.isDisableOnClick()).as(button.getText()).isTrue();
        }

        clicksInOneRoundTrip(letterSection.markSent, 1);
        assertThat(OneClick.isBusy(letterSection.markSent)).as("refuses clicks until the answer").isTrue();
        roundTrip();
        assertThat(OneClick.isBusy(letterSection.markSent)).isFalse();
        assertThat(letterSection.markSent.isEnabled()).isTrue();
        // The answer enables the button again (above) and tells the browser to stop showing it working.
        assertThat(String.join("\n", UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression()).toList()))
                .contains("removeAttribute('working')");
    }

    @Test
    void aSaveThatFailsLeavesTheButtonUsableForTheCorrectedForm() {
        String requester = "Corrige" + System.nanoTime();
        RecordRequestDialog dialog = filledRecordDialog(requester);
        dialog.rights.clear();

        clicksInOneRoundTrip(dialog.save, 1);
        roundTrip();
        assertThat(dialog.rights.isInvalid()).isTrue();
        assertThat(requestsBy(requester)).isEmpty();

        dialog.rights.setValue(Set.of(Right.ERASURE));
        test(dialog.save).click();
        assertThat(requestsBy(requester)).hasSize(1);
    }
}
