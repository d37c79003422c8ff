package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The request queue and a request's page, driven like the privacy officer would, on the real service and database. */
@SpringBootTest
@WithUserDetails("dpo")
class RequestsViewTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long record(String name, LocalDate receivedOn) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                receivedOn, null));
    }

    private static List<RequestRow> rows(Grid<RequestRow> grid) {
        return grid.getDataCommunicator().getDataProvider().fetch(new Query<>(0, 100,
                grid.getDataCommunicator().getBackEndSorting(), grid.getDataCommunicator().getInMemorySorting(), null))
                .map(RequestRow.class::cast).toList();
    }

    @Test
    void theQueueShowsTheMostUrgentFirstWithColouredDaysLeft() {
        String name = "File" + System.nanoTime();
        long fresh = record(name + "A", today());                    // about a month left: green
        long soon = record(name + "B", today().minusDays(28));       // a few days left: amber
        long late = record(name + "C", today().minusMonths(2));      // overdue: red

        RequestsView view = navigate(RequestsView.class);
        test(view.search).setValue(name);

        List<RequestRow> shown = rows(view.grid);
        assertThat(shown).extracting(RequestRow::id).containsExactly(late, soon, fresh);
        assertThat(shown.get(0).daysLeft()).isNegative();
        assertThat(shown.get(1).daysLeft()).isBetween(0L, 6L);
        assertThat(shown.get(2).daysLeft()).isGreaterThanOrEqualTo(7L);

        // The badges the grid renders in its days-left column, row by row.
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(IntStream.range(0, 3).mapToObj(i -> test(view.grid).getRow(i).id())).containsExactly(late, soon, fresh);
        List<Span> badges = IntStream.range(0, 3)
                .mapToObj(i -> (Span) test(view.grid).getCellComponent(i, "daysLeft")).toList();
        assertThat(badges.get(0).getClassNames()).contains(DeadlineBadge.OVERDUE);
        assertThat(badges.get(0).getText()).contains("retard");
        assertThat(badges.get(1).getClassNames()).contains(DeadlineBadge.SOON);
        assertThat(badges.get(2).getClassNames()).contains(DeadlineBadge.OK);
        assertThat(badges.get(2).getText()).contains("restants");

        test(view.overdueOnly).click();
        assertThat(rows(view.grid)).extracting(RequestRow::id).containsExactly(late);
    }

    @Test
    void recordingThroughTheDialogRefusesAMissingRightAndSavesAValidRequest() {
        String name = "Dialogue" + System.nanoTime();
        RequestsView view = navigate(RequestsView.class);
        test(view.record).click();
        RecordRequestDialog dialog = find(RecordRequestDialog.class).single();
        // The day received starts the legal clock: never pre-filled, so "today" is never recorded unseen.
        assertThat(dialog.receivedOn.getValue()).isNull();
        assertThat(dialog.receivedOn.isRequiredIndicatorVisible()).isTrue();
        test(dialog.requesterName).setValue(name);
        test(dialog.save).click();
        assertThat(dialog.rights.isInvalid()).isTrue();
        assertThat(dialog.rights.getErrorMessage()).contains("au moins un droit");
        assertThat(dialog.receivedOn.isInvalid()).isTrue();
        assertThat(dialog.receivedOn.getErrorMessage()).isEqualTo("Indiquez la date de réception de la demande.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(requestQueue.search(new be.classeur.privacy.RequestFilter(null, null, null, false, name), PageRequest.of(0, 5))).isEmpty();

        dialog.rights.setValue(Set.of(Right.ERASURE, Right.CONSENT_WITHDRAWAL));
        dialog.receivedOn.setValue(today());
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(requestQueue.search(new be.classeur.privacy.RequestFilter(null, null, null, false, name), PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(row -> {
                    assertThat(row.rights()).containsExactlyInAnyOrder(Right.ERASURE, Right.CONSENT_WITHDRAWAL);
                    assertThat(row.status()).isEqualTo(RequestStatus.RECEIVED);
                });
    }

    @Test
    void theExtensionIsRefusedAfterTheFirstDeadlineWithAClearMessage() {
        long id = record("Tardif" + System.nanoTime(), today().minusMonths(2));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);

        RequestDetailView view = navigate(RequestDetailView.class, id);
        test(view.extend).click();

        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("ne peut plus être prolongé"));
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.extendedOn()).isNull();
        assertThat(detail.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    }

    @Test
    void theAssigneeIsThePersonHandlingTheRequestNotTheController() {
        RequestsView view = navigate(RequestsView.class);
        // "Responsable du traitement" is the GDPR's "controller", i.e. the asbl itself, not the member of staff.
        assertThat(view.assignee.getLabel()).isEqualTo("Chargé·e de la demande");
    }

    @Test
    void aMissingRequestIsNotFound() {
        navigate("privacy/requests/987654321", NotFoundView.class);
    }

    @Test
    void theStatusChoiceOffersOnlyTheAllowedNextStepsBesideThePrimaryOne() {
        long id = record("Etapes" + System.nanoTime(), today());
        RequestDetailView view = navigate(RequestDetailView.class, id);
        // Starting the work is the primary button; the select offers the other allowed move.
        assertThat(view.nextAction.getText()).isEqualTo("Commencer le traitement");
        assertThat(view.nextStatus.getListDataView().getItems().toList()).containsExactly(RequestStatus.AWAITING_IDENTITY);

        test(view.nextAction).click();
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(view.nextAction.getText()).isEqualTo("Marquer comme répondue");
        assertThat(view.nextStatus.getListDataView().getItems().toList()).containsExactly(RequestStatus.REFUSED);
    }
}
