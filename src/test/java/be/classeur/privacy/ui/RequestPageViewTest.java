package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Facts;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The request page leads the officer: the step bar says where the request stands, the facts come before the actions,
 * the next action is the one primary button, the reply's date is never pre-filled, and the handler is shown by name.
 */
@SpringBootTest
@WithUserDetails("dpo")
class RequestPageViewTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    Clock clock;
    @Autowired
    be.classeur.privacy.IdentityProofService identityProofs;

    private long record(String name) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                LocalDate.now(clock).minusDays(3), null));
    }

    @Test
    void theStepBarIsAnOrderedListWithTheCurrentStepMarked() {
        long id = record("Etapes" + System.nanoTime());
        RequestDetailView view = navigate(RequestDetailView.class, id);
        RequestStepBar bar = find(RequestStepBar.class).single();
        assertThat(bar.getElement().getTag()).isEqualTo("ol");
        assertThat(steps(bar)).containsExactly("Reçue", "En cours", "Répondue", "Clôturée");
        assertThat(current(bar)).containsExactly("Reçue");

        // Proof of identity asked: the step appears, and is the current one.
        view.nextStatus.setValue(RequestStatus.AWAITING_IDENTITY);
        test(view.changeStatus).click();
        roundTrip();
        bar = find(RequestStepBar.class).single();
        assertThat(steps(bar)).containsExactly("Reçue", "Identité", "En cours", "Répondue", "Clôturée");
        assertThat(current(bar)).containsExactly("Identité");
        assertThat(view.nextAction.getText()).isEqualTo("Identité établie : commencer le traitement");

        // No copy was received (identity shown another way): the primary button starts the work.
        test(view.nextAction).click();

        roundTrip();
        assertThat(current(find(RequestStepBar.class).single())).containsExactly("En cours");
    }

    @Test
    void withACopyReceivedTheNextActionLeadsToTheRecordedCheckWhichAloneStartsTheWork() {
        long id = record("Copie" + System.nanoTime());
        identityProofs.recordDoubt(id, "Homonyme possible");
        identityProofs.upload(id, "copie.png", "PNG copie".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RequestDetailView view = navigate(RequestDetailView.class, id);

        test(view.nextAction).click();
        roundTrip();
        assertThat(current(find(RequestStepBar.class).single())).as("no bare status move past the copy").containsExactly("Identité");

        // The recorded check (who, when, copies gone) is what starts the work.
        IdentityProofSection identity = find(IdentityProofSection.class).single();
        identity.result.setValue(IdentityCheckResult.CONFIRMED);
        test(identity.recordCheck).click();
        roundTrip(); // the dialog is attached
        test(identity.otherCopiesDestroyed).click();
        test(identity.confirmCheck).click();
        roundTrip();
        assertThat(current(find(RequestStepBar.class).single())).containsExactly("En cours");
        assertThat(identityProofs.proofsOf(id)).singleElement().satisfies(row -> assertThat(row.fileKept()).isFalse());
    }

    @Test
    void theFactsComeBeforeTheActionsAndTheNextActionIsTheOnlyPrimaryButton() {
        long id = record("Faits" + System.nanoTime());
        RequestDetailView view = navigate(RequestDetailView.class, id);
        Facts facts = find(Facts.class).from(view).first();
        assertThat(topLevelIndex(view, find(RequestStepBar.class).single())).isLessThan(topLevelIndex(view, facts));
        assertThat(topLevelIndex(view, facts)).isLessThan(topLevelIndex(view, view.nextAction));
        assertThat(view.nextAction.getThemeNames()).contains("primary");
        assertThat(view.changeStatus.getThemeNames()).doesNotContain("primary");
        assertThat(view.recordReply.getThemeNames()).doesNotContain("primary");
        assertThat(view.extend.getThemeNames()).doesNotContain("primary");
    }

    @Test
    void theReplyDateIsNeverPreFilledAndTheFlowRunsOnThePrimaryButton() {
        long id = record("Reponse" + System.nanoTime());
        RequestDetailView view = navigate(RequestDetailView.class, id);
        assertThat(view.nextAction.getText()).isEqualTo("Commencer le traitement");
        test(view.nextAction).click();
        roundTrip();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(view.replyDate.getValue()).as("no default reply date").isNull();

        assertThat(view.nextAction.getText()).isEqualTo("Marquer comme répondue");
        test(view.nextAction).click();
        roundTrip();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.ANSWERED);

        // Recording the reply is next: its date is asked beside the primary button, empty and required.
        assertThat(view.nextAction.getText()).isEqualTo("Enregistrer la date de réponse");
        assertThat(view.replyDate.getValue()).isNull();
        assertThat(view.replyDate.isRequiredIndicatorVisible()).isTrue();
        assertThat(view.recordReply.isVisible()).as("one button for it, the primary one").isFalse();
        test(view.nextAction).click();
        roundTrip();
        assertThat(view.replyDate.isInvalid()).isTrue();
        assertThat(view.replyDate.getErrorMessage()).isEqualTo("Indiquez le jour où la réponse a été envoyée.");
        assertThat(requestWorkflow.detail(id).replyRecordedOn()).isNull();

        LocalDate sent = LocalDate.now(clock).minusDays(1);
        view.replyDate.setValue(sent);
        test(view.nextAction).click();
        roundTrip();
        assertThat(requestWorkflow.detail(id).replyRecordedOn()).isEqualTo(sent);

        assertThat(view.nextAction.getText()).isEqualTo("Clôturer la demande");
        test(view.nextAction).click();
        roundTrip();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(view.nextAction.isVisible()).isFalse();
        assertThat(view.nextStatus.isVisible()).isFalse();
        assertThat(find(RequestStepBar.class).single().getChildren().map(ListItem.class::cast)
                .allMatch(li -> li.hasClassName("classeur-step-done"))).isTrue();
    }

    @Test
    void theHandlerIsShownByNameOnThePageAndInTheQueue() {
        String name = "Chargee" + System.nanoTime();
        long id = record(name);
        RequestDetailView view = navigate(RequestDetailView.class, id);
        test(view.assignToMe).click();
        roundTrip();
        assertThat(requestWorkflow.detail(id).assignee()).isEqualTo("dpo");
        assertThat(requestWorkflow.detail(id).assigneeName()).isEqualTo("Paula Protection");
        String facts = find(Facts.class).from(view).first().getElement().getTextRecursively();
        assertThat(facts).contains("Chargé·e de la demande").contains("Paula Protection");

        assertThat(requestQueue.search(new RequestFilter(null, null, null, false, name), PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(row -> assertThat(row.assigneeName()).isEqualTo("Paula Protection"));
        RequestsView queue = navigate(RequestsView.class);
        assertThat(queue.assignee.getItemLabelGenerator().apply("dpo")).isEqualTo("Paula Protection");
    }

    @Test
    void theLettersWarnWhenTheDatePromisedIsAlreadyPast() {
        LocalDate received = LocalDate.now(clock).minusMonths(2);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Retard" + System.nanoTime(), null,
                null, RequestChannel.POST, received, null));
        navigate(RequestDetailView.class, id);
        LettersSection letters = find(LettersSection.class).single();
        assertThat(letters.kind.getValue()).isEqualTo(be.classeur.privacy.domain.LetterKind.ACKNOWLEDGEMENT);
        String deadline = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(be.classeur.kernel.calendar.LegalDeadline.replyDeadline(received));
        assertThat(letters.latePromise.isVisible()).isTrue();
        assertThat(letters.latePromise.getText()).contains(deadline).contains("déjà dépassée");
        assertThat(letters.text.getValue()).contains("déjà dépassé");

        letters.kind.setValue(be.classeur.privacy.domain.LetterKind.COMPLETION);
        assertThat(letters.latePromise.isVisible()).as("a reply promises no date").isFalse();
    }

    private static List<String> steps(RequestStepBar bar) {
        return bar.getChildren().map(c -> ((ListItem) c).getText()).toList();
    }

    private static List<String> current(RequestStepBar bar) {
        return bar.getChildren().filter(c -> "step".equals(c.getElement().getAttribute("aria-current")))
                .map(c -> ((ListItem) c).getText()).toList();
    }

    /** The position, among the page's own children, of the one that holds the component. */
    private static int topLevelIndex(RequestDetailView view, Component component) {
        Component c = component;
        while (c.getParent().orElseThrow() != view) {
            c = c.getParent().orElseThrow();
        }
        return view.getChildren().toList().indexOf(c);
    }
}
