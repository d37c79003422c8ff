package be.classeur.consent.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.ConsentLedger;
import be.classeur.consent.ConsentLocations;
import be.classeur.consent.domain.ConsentStatus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12: the dashboard's link to a purpose and status opens the consents' page on them, with the rows counted. */
@SpringBootTest
@WithUserDetails("dpo")
class ConsentsLinkViewTest extends SpringBrowserlessTest {
    @Autowired
    ConsentLedger ledger;

    private ConsentsView open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
        return (ConsentsView) getCurrentView();
    }

    @Test
    void eachPurposeAndStatusLinkPresetsTheSelectsAndShowsTheRowsCounted() {
        Map<String, Map<ConsentStatus, Long>> counts = ledger.countsByPurpose();
        assertThat(counts).isNotEmpty();
        counts.forEach((purpose, byStatus) -> byStatus.forEach((status, count) -> {
            ConsentsView view = open(ConsentLocations.consents(purpose, status.name()));
            assertThat(view.purpose.getValue()).isEqualTo(purpose);
            assertThat(view.status.getValue()).isEqualTo(status);
            assertThat(view.people.getDataProvider().fetch(new Query<>(0, 1000, List.of(), null, null)).count())
                    .as(purpose + " " + status).isEqualTo(count);
        }));
    }

    @Test
    void unknownValuesLeaveThePageAsItOpens() {
        ConsentsView view = open(ConsentLocations.consents("no-such-purpose", "MAYBE"));
        assertThat(view.status.getValue()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(view.purpose.getValue()).isNotEqualTo("no-such-purpose");
    }
}
