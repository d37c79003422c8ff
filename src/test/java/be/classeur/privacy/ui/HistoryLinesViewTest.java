package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A history line is stored once, as data, and read in the reader's language with dates as dd/MM/yyyy. */
@SpringBootTest
@WithUserDetails("dpo")
class HistoryLinesViewTest extends SpringBrowserlessTest {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int NOTE_COLUMN = 4;

    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;

    @Test
    void theSameHistoryLineReadsInFrenchAndInEnglishWithDatesAsDayMonthYear() {
        LocalDate today = LocalDate.now(clock);
        LocalDate wrong = today.minusDays(2);
        LocalDate right = today.minusDays(9);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Historique " + System.nanoTime(), null,
                null, RequestChannel.POST, wrong, null));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.correctReceivedOn(id, right, "Date du cachet de la poste", requestWorkflow.detail(id).version());

        UI.getCurrent().setLocale(Locale.FRENCH);
        assertThat(lastNote(id)).isEqualTo("Date de réception corrigée du " + DATE.format(wrong) + " au "
                + DATE.format(right) + ". Motif : Date du cachet de la poste");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(lastNote(id)).isEqualTo("Date received corrected from " + DATE.format(wrong) + " to "
                + DATE.format(right) + ". Reason: Date du cachet de la poste");
    }

    private String lastNote(long id) {
        RequestDetailView view = navigate(RequestDetailView.class, id);
        int last = view.history.getGenericDataView().getItems().toList().size() - 1;
        return test(view.history).getCellText(last, NOTE_COLUMN);
    }
}
