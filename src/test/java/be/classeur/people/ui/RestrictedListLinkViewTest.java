package be.classeur.people.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonLocations;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilRow;
import be.classeur.retention.RetentionFixtures;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 12: the dashboard's link to the restricted records (art. 18) of a kind opens that list, filter shown. */
@SpringBootTest
@WithUserDetails("dpo")
class RestrictedListLinkViewTest extends SpringBrowserlessTest {
    @Autowired
    RetentionFixtures fixtures;
    @Autowired
    PersonDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private Object open(String location) {
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        return getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getDataProvider().fetch(new Query<>(0, 1000, List.of(), null, null)).map(r -> (T) r).toList();
    }

    @Test
    void theTrainersLinkShowsTheRestrictedTrainersArchivedOnesIncluded() {
        DataSubjectRef restricted = fixtures.trainerKeptUntil(fixtures.today().plusYears(3));
        DataSubjectRef archived = fixtures.trainerKeptUntil(fixtures.today().plusYears(3));
        DataSubjectRef other = fixtures.trainerKeptUntil(fixtures.today().plusYears(3));
        jdbc.update("update trainer set restricted = true where id in (?, ?)", restricted.id(), archived.id());
        jdbc.update("update trainer set archived = true where id = ?", archived.id());
        try {
            TrainersView view = (TrainersView) open(PersonLocations.restricted(PersonKind.TRAINER));

            assertThat(view.restrictedOnly.isVisible()).as("the filter is shown").isTrue();
            assertThat(view.archive.getValue()).isEqualTo(ArchiveFilter.ALL);
            List<PersonRow> shown = rows(view.grid);
            assertThat(shown).extracting(PersonRow::id).contains(restricted.id(), archived.id()).doesNotContain(other.id());
            assertThat(shown).hasSize(directory.countRestricted().get(PersonKind.TRAINER).intValue());

            test(view.restrictedOnly.clearButton()).click();
            assertThat(rows(view.grid)).extracting(PersonRow::id).contains(other.id());
        } finally {
            jdbc.update("update trainer set restricted = false where id in (?, ?)", restricted.id(), archived.id());
        }
    }

    @Test
    void thePupilsAndGuardiansLinksShowAsManyRowsAsCounted() {
        PupilsView pupils = (PupilsView) open(PersonLocations.restricted(PersonKind.PUPIL));
        assertThat(pupils.restrictedOnly.isVisible()).isTrue();
        List<PupilRow> shownPupils = rows(pupils.grid);
        assertThat(shownPupils).hasSize(directory.countRestricted().get(PersonKind.PUPIL).intValue());

        GuardiansView guardians = (GuardiansView) open(PersonLocations.restricted(PersonKind.GUARDIAN));
        assertThat(rows(guardians.grid)).hasSize(directory.countRestricted().get(PersonKind.GUARDIAN).intValue());
    }

    @Test
    void aTrainerCannotCountTheRestrictedRecords() {
        assertThatThrownBy(() -> as(users, "formateur", directory::countRestricted)).isInstanceOf(AccessDeniedException.class);
    }
}
