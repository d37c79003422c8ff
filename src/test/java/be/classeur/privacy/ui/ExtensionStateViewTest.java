package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.kernel.calendar.LegalDeadline;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The request page says whether a decided extension is in force, guides its reasons, and corrects the date received. */
@SpringBootTest
@WithUserDetails("dpo")
class ExtensionStateViewTest extends SpringBrowserlessTest {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    LetterService letters;
    @Autowired
    Clock clock;

    private long inProgress(LocalDate receivedOn) {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Prolongation " + System.nanoTime(), null,
                null, RequestChannel.POST, receivedOn, null));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        return id;
    }

    private Button dialogButton(String text) {
        return find(Button.class).from(find(Dialog.class).single()).all().stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void theExtensionIsDecidedWithItsGroundsAndSaidNotInForceUntilTheNoticeIsRecorded() {
        LocalDate today = LocalDate.now(clock);
        LocalDate received = today.minusDays(5);
        long id = inProgress(received);
        RequestDetailView view = navigate(RequestDetailView.class, id);
        assertThat(view.extensionState.isVisible()).as("nothing to say before an extension").isFalse();

        test(view.extend).click();
        TextArea reason = find(TextArea.class).from(find(Dialog.class).single()).single();
        assertThat(reason.getHelperText()).contains("complexité et du nombre de demandes");
        test(find(CheckboxGroup.class).from(find(Dialog.class).single()).single()).selectItem("Complexité de la demande");
        assertThat(reason.getValue()).startsWith("Complexité de la demande :");
        test(reason).setValue(reason.getValue() + "dix ans d’archives papier");
        test(dialogButton("Prolonger le délai de deux mois")).click();

        assertThat(requestWorkflow.detail(id).extensionReason()).isEqualTo("Complexité de la demande : dix ans d’archives papier");
        assertThat(view.extensionState.isVisible()).isTrue();
        assertThat(view.extensionState.getText()).contains("pas encore en vigueur")
                .contains(DATE.format(LegalDeadline.replyDeadline(received)))
                .contains(DATE.format(LegalDeadline.extendedDeadline(received)));

        LettersSection section = find(LettersSection.class).single();
        section.kind.setValue(LetterKind.EXTENSION);
        section.sentOn.setValue(today);
        test(section.markSent).click();

        assertThat(view.extensionState.getText()).as("the page shows the notice at once")
                .contains("Prolongation en vigueur").contains(DATE.format(LegalDeadline.extendedDeadline(received)));
        assertThat(find(LettersSection.class).single().sentList.getElement().getTextRecursively())
                .as("the sent-letters list says when the letter was recorded").contains("enregistré le " + DATE.format(today));
    }

    @Test
    void anExtensionNeverNotifiedByTheFirstDeadlineIsSaidWithoutEffect() {
        LocalDate today = LocalDate.now(clock);
        long id = inProgress(today.minusDays(4));
        requestWorkflow.extend(id, "Nombre de demandes : rentrée scolaire");
        LocalDate received = today.minusDays(50);
        requestWorkflow.correctReceivedOn(id, received, "Date du cachet de la poste", requestWorkflow.detail(id).version());

        RequestDetailView view = navigate(RequestDetailView.class, id);

        assertThat(view.extensionState.getText()).contains("sans effet")
                .contains(DATE.format(LegalDeadline.replyDeadline(received)));
    }

    @Test
    void theDateReceivedIsCorrectedWithAReasonFromTheRequestPage() {
        LocalDate today = LocalDate.now(clock);
        long id = inProgress(today.minusDays(2));
        RequestDetailView view = navigate(RequestDetailView.class, id);

        test(view.correctReceivedOn).click();
        Dialog dialog = find(Dialog.class).single();
        DatePicker date = find(DatePicker.class).from(dialog).single();
        assertThat(date.getValue()).as("a correction states a new fact: no default").isNull();
        test(date).setValue(today.minusDays(9));
        test(dialogButton("Corriger la date de réception")).click();
        assertThat(find(TextArea.class).from(dialog).single().isInvalid()).as("the reason is required").isTrue();
        assertThat(requestWorkflow.detail(id).receivedOn()).isEqualTo(today.minusDays(2));

        test(find(TextArea.class).from(dialog).single()).setValue("Date du cachet de la poste");
        test(dialogButton("Corriger la date de réception")).click();

        assertThat(requestWorkflow.detail(id).receivedOn()).isEqualTo(today.minusDays(9));
        assertThat(requestWorkflow.detail(id).deadline()).isEqualTo(LegalDeadline.replyDeadline(today.minusDays(9)));
    }
}
