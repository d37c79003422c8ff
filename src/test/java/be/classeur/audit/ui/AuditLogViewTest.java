package be.classeur.audit.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.audit.AuditLocations;
import be.classeur.audit.AuditRow;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.PersonalDataChanged;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit-log page driven as the privacy officer would, on the real service and database. */
@SpringBootTest
@WithUserDetails("dpo")
class AuditLogViewTest extends SpringBrowserlessTest {
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private static List<AuditRow> rows(Grid<AuditRow> grid) {
        return grid.getDataCommunicator().getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null))
                .map(AuditRow.class::cast).toList();
    }

    @Test
    void theDashboardsLinkPresetsTheFiltersAndEachFilterNarrowsTheLazyGrid() {
        String action = "V_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        DataSubjectRef pupil = DataSubjectRef.pupil(ThreadLocalRandom.current().nextLong(900_000, 999_999));
        as(users, "admin", () -> {
            events.publishEvent(new PersonalDataChanged(pupil, action, "<b>not bold</b>", 77L));
            return null;
        });
        as(users, "dpo", () -> {
            events.publishEvent(new PersonalDataChanged(DataSubjectRef.guardian(pupil.id()), action, null));
            return null;
        });
        LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.ZONE));

        UI.getCurrent().navigate(AuditLocations.LOG, QueryParameters.simple(Map.of(AuditLocations.ACTION, action,
                AuditLocations.FROM, today.toString())));
        AuditLogView view = (AuditLogView) getCurrentView();
        assertThat(view.actions.getValue()).containsExactly(action);
        assertThat(view.from.getValue()).isEqualTo(today);
        assertThat(view.grid.getDataProvider().isInMemory()).as("lazy: the grid asks the database page by page").isFalse();
        assertThat(rows(view.grid)).hasSize(2);

        view.role.setValue(be.classeur.accounts.Role.ADMIN);
        assertThat(rows(view.grid)).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo(pupil);
            assertThat(row.requestId()).isEqualTo(77L);
            assertThat(row.detail()).isEqualTo("<b>not bold</b>");
        });
        view.role.clear();

        view.personKind.setValue(PersonKind.GUARDIAN);
        view.person.setValue(Long.toString(pupil.id()));
        assertThat(rows(view.grid)).extracting(AuditRow::subject).containsExactly(DataSubjectRef.guardian(pupil.id()));
        view.person.clear();

        view.account.setValue(view.account.getListDataView().getItems()
                .filter(a -> a.id() == AuditLogView.SYSTEM_JOBS).findFirst().orElseThrow());
        assertThat(rows(view.grid)).isEmpty();
        view.account.clear();

        view.from.setValue(today.plusDays(1));
        assertThat(rows(view.grid)).isEmpty();
        assertThat(view.currentFilter().actions()).isEqualTo(Set.of(action));
    }
}
