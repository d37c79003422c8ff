package be.classeur.privacy.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.RequestLocations;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12: the dashboard's link to a deadline group opens the queue on that group, shown in its filter. */
@SpringBootTest
@WithUserDetails("dpo")
class RequestsBucketLinkViewTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService intake;
    @Autowired
    RequestQueueService queue;
    @Autowired
    Clock clock;

    private RequestsView open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
        return (RequestsView) getCurrentView();
    }

    private static List<RequestRow> rows(RequestsView view) {
        return view.grid.getDataProvider().fetch(new Query<>(0, 500, List.of(), null, null)).toList();
    }

    @Test
    void theOverdueLinkShowsTheOverdueRequestsOnlyAndTheFilterClears() {
        LocalDate today = LocalDate.now(clock);
        long overdue = intake.record(new RequestIntake(Set.of(Right.ACCESS), null, unique("Retard"), null, null,
                RequestChannel.POST, today.minusDays(45), null));
        long later = intake.record(new RequestIntake(Set.of(Right.ACCESS), null, unique("Plustard"), null, null,
                RequestChannel.POST, today, null));

        RequestsView view = open(RequestLocations.requests(DeadlineBucket.OVERDUE.name()));

        assertThat(view.bucket.getValue()).as("the active filter is shown").isEqualTo(DeadlineBucket.OVERDUE);
        List<RequestRow> shown = rows(view);
        assertThat(shown).extracting(RequestRow::id).contains(overdue).doesNotContain(later);
        assertThat(shown).hasSize((int) queue.figures().count(DeadlineBucket.OVERDUE));

        view.bucket.clear(); // "All" in the select
        assertThat(rows(view)).extracting(RequestRow::id).contains(overdue, later);
    }

    @Test
    void anUnknownGroupIsIgnored() {
        RequestsView view = open(RequestLocations.requests("NOPE"));
        assertThat(view.bucket.getValue()).isNull();
    }
}
