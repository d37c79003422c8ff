package be.classeur.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.retention.HoldInForceRow;
import be.classeur.retention.LegalHoldRow;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeCandidateRow;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionFixtures;
import be.classeur.retention.RetentionLocations;
import be.classeur.retention.domain.PurgeStatus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12: the dashboard's links open the purge list on a figure and a kind, and the holds in force. */
@SpringBootTest
@WithUserDetails("dpo")
class PurgeLinksViewTest extends SpringBrowserlessTest {
    @Autowired
    RetentionFixtures fixtures;
    @Autowired
    PurgeService purge;
    @Autowired
    LegalHoldService holds;
    @Autowired
    JdbcTemplate jdbc;

    private Object open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
        return getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getDataCommunicator().getDataProvider().fetch(new Query<>(0, 1000,
                grid.getDataCommunicator().getBackEndSorting(), grid.getDataCommunicator().getInMemorySorting(), null))
                .map(r -> (T) r).toList();
    }

    @Test
    void theLinksPresetStatusAndKindAndThePastFigureIsAClearableChip() {
        DataSubjectRef past = fixtures.trainerKeptUntil(fixtures.today().minusDays(6));
        DataSubjectRef failed = fixtures.trainerKeptUntil(fixtures.today().minusDays(7));
        DataSubjectRef nearing = fixtures.trainerKeptUntil(fixtures.today().plusDays(12));
        fixtures.list();
        List<Long> ours = List.of(fixtures.candidateOf(past), fixtures.candidateOf(failed), fixtures.candidateOf(nearing));
        jdbc.update("update retention_purge_candidate set status = 'FAILED' where id = ?", fixtures.candidateOf(failed));
        try {
            PurgeView view = (PurgeView) open(RetentionLocations.purge(PurgeStatus.NEARING.name(), PersonKind.TRAINER));
            assertThat(view.kind.getValue()).isEqualTo(PersonKind.TRAINER);
            assertThat(view.status.getValue()).isEqualTo(PurgeStatus.NEARING);
            List<PurgeCandidateRow> shown = rows(view.grid);
            assertThat(shown).extracting(PurgeCandidateRow::person).contains(nearing).doesNotContain(past, failed);
            assertThat(shown).hasSize((int) purge.countsByKind().get(PersonKind.TRAINER).nearing());

            view = (PurgeView) open(RetentionLocations.purge(RetentionLocations.PAST, PersonKind.TRAINER));
            assertThat(view.pastOnly.isVisible()).as("the preset shown as a chip").isTrue();
            assertThat(view.status.getValue()).isNull();
            shown = rows(view.grid);
            assertThat(shown).extracting(PurgeCandidateRow::person).contains(past, failed).doesNotContain(nearing);
            assertThat(shown).hasSize((int) purge.countsByKind().get(PersonKind.TRAINER).past());

            test(view.pastOnly.clearButton()).click();
            assertThat(view.pastOnly.isVisible()).isFalse();
            assertThat(rows(view.grid)).extracting(PurgeCandidateRow::person).contains(past, failed, nearing);
        } finally {
            ours.forEach(id -> jdbc.update("update retention_purge_candidate set status = 'DISMISSED' where id = ?", id));
        }
    }

    @Test
    void theHoldsPageListsTheHoldsInForceWithTheirPerson() {
        DataSubjectRef held = fixtures.trainerKeptUntil(fixtures.today().plusYears(3));
        LegalHoldRow hold = holds.place(held, "Procédure judiciaire", null);
        try {
            HoldsView view = (HoldsView) open(RetentionLocations.HOLDS);
            List<HoldInForceRow> shown = rows(view.grid);
            assertThat(shown).hasSize((int) holds.countActive());
            assertThat(shown).anySatisfy(r -> {
                assertThat(r.holdId()).isEqualTo(hold.id());
                assertThat(r.person()).isEqualTo(held);
                assertThat(r.reason()).isEqualTo("Procédure judiciaire");
            });
        } finally {
            holds.lift(hold.id(), holds.of(held).getFirst().version());
        }
    }
}
