package be.classeur.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.retention.PurgeCandidateRow;
import be.classeur.retention.RetentionFixtures;
import be.classeur.retention.domain.PurgeStatus;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The retention page, driven like the privacy officer would, on the real service and database. */
@SpringBootTest
@WithUserDetails("dpo")
class PurgeViewTest extends SpringBrowserlessTest {
    @Autowired
    RetentionFixtures fixtures;

    private static List<PurgeCandidateRow> rows(Grid<PurgeCandidateRow> grid) {
        return grid.getDataCommunicator().getDataProvider().fetch(new Query<>(0, 500,
                grid.getDataCommunicator().getBackEndSorting(), grid.getDataCommunicator().getInMemorySorting(), null))
                .map(PurgeCandidateRow.class::cast).toList();
    }

    @Test
    void theGridShowsTheCandidatesTheDryRunCountsAndThePurgeAsksFirst() {
        DataSubjectRef past = fixtures.trainerKeptUntil(fixtures.today().minusDays(5));
        DataSubjectRef nearing = fixtures.trainerKeptUntil(fixtures.today().plusDays(10));
        fixtures.list();

        PurgeView view = navigate(PurgeView.class);
        view.kind.setValue(PersonKind.TRAINER);

        List<PurgeCandidateRow> shown = rows(view.grid);
        assertThat(shown).anySatisfy(r -> {
            assertThat(r.person()).isEqualTo(past);
            assertThat(r.status()).isEqualTo(PurgeStatus.QUEUED);
        });
        assertThat(shown).anySatisfy(r -> {
            assertThat(r.person()).isEqualTo(nearing);
            assertThat(r.status()).isEqualTo(PurgeStatus.NEARING);
        });
        assertThat(view.nearing.getText()).matches(".*\\d+.*");

        view.status.setValue(PurgeStatus.QUEUED);
        assertThat(rows(view.grid)).extracting(PurgeCandidateRow::status).containsOnly(PurgeStatus.QUEUED);

        test(view.dryRun).click();
        assertThat(view.dryRunResult.isVisible()).isTrue();
        assertThat(view.dryRunResult.getText()).contains("anonymiserait");

        assertThat(view.purgeSelected.isEnabled()).isFalse();
        PurgeCandidateRow row = rows(view.grid).stream().filter(r -> r.person().equals(past)).findFirst().orElseThrow();
        view.grid.select(row);
        assertThat(view.purgeSelected.isEnabled()).isTrue();
        test(view.purgeSelected).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(confirm.getElement().getProperty("header")).contains("1");
    }
}
