package be.classeur.people.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkReviewRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The link editors tell representatives from contacts, and an administrator reviews the old "other" links the
 * migration left as contacts, from a page reached from the guardian list.
 */
@SpringBootTest
@WithUserDetails("admin")
class LinkReviewViewTest extends SpringBrowserlessTest {
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** A child with their mother, and an uncle linked as the migration leaves an old "other" link: a contact to review. */
    private long[] migratedFamily() {
        String family = unique("Revue");
        Pupil pupil = new Pupil();
        pupil.setFirstName("Elio");
        pupil.setLastName(family);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(7));
        Guardian mother = new Guardian();
        mother.setFirstName("Ana");
        mother.setLastName(family);
        long pupilId = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(mother, Relationship.MOTHER))).getId();
        Guardian uncle = new Guardian();
        uncle.setFirstName("Hugo");
        uncle.setLastName(family);
        long uncleId = guardians.save(uncle, List.of()).getId();
        jdbc.update("insert into pupil_guardian (pupil_id, guardian_id, relationship, needs_review) values (?, ?, 'OTHER_CONTACT', true)",
                pupilId, uncleId);
        return new long[] {pupilId, uncleId};
    }

    @Test
    void theEditorsGroupRepresentativesAndMarkContactsAsContactOnly() {
        PupilsView list = navigate(PupilsView.class);
        test(list.create).click();
        PupilForm form = $(PupilForm.class).single();
        assertThat(form.relationship.getItemLabelGenerator().apply(Relationship.MOTHER)).isEqualTo("Mère");
        assertThat(form.relationship.getItemLabelGenerator().apply(Relationship.GRANDPARENT)).isEqualTo("Grand-parent (contact seulement)");
        assertThat(form.relationship.getItemLabelGenerator().apply(Relationship.OTHER_CONTACT)).contains("contact seulement");
        assertThat(form.relationship.getHelperText()).contains("parent ou un tuteur légal");
    }

    @Test
    void anAdministratorReviewsAnOldOtherLinkAndItLeavesTheList() {
        long[] ids = migratedFamily();
        GuardiansView guardiansView = navigate(GuardiansView.class);
        assertThat(guardiansView.reviewLinks.isVisible()).isTrue();
        assertThat(guardiansView.reviewLinks.getText()).startsWith("Liens à revoir");

        LinkReviewView view = navigate(LinkReviewView.class);
        List<LinkReviewRow> rows = view.grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).pupilId() == ids[0]) {
                index = i;
            }
        }
        assertThat(index).as("the migrated link is listed").isNotNegative();
        LinkReviewRow row = rows.get(index);
        assertThat(row.guardianId()).isEqualTo(ids[1]);
        assertThat(row.pupilHasRepresentative()).isTrue();

        HorizontalLayout cell = (HorizontalLayout) test(view.grid).getCellComponent(index, 4);
        @SuppressWarnings("unchecked")
        Select<Relationship> choice = (Select<Relationship>) cell.getComponentAt(0);
        assertThat(choice.getValue()).isEqualTo(Relationship.OTHER_CONTACT);
        choice.setValue(Relationship.GRANDPARENT);
        test((Button) cell.getComponentAt(1)).click();

        assertThat(jdbc.queryForObject("select relationship from pupil_guardian where pupil_id = ? and guardian_id = ?",
                String.class, ids[0], ids[1])).isEqualTo("GRANDPARENT");
        assertThat(jdbc.queryForObject("select count(*) from pupil_guardian where pupil_id = ? and needs_review = true",
                Integer.class, ids[0])).isZero();
        assertThat(view.grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)))
                .noneMatch(r -> r.pupilId() == ids[0]);
    }
}
