package be.classeur.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Relationship;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The pupil list, form and detail page, driven like a user would, on the real services and database. */
@SpringBootTest
@WithUserDetails("admin")
class PupilsViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    PupilService pupils;

    @Test
    void gridShowsPupilsFromTheDatabase() {
        PupilsView view = navigate(PupilsView.class);
        List<PupilRow> shown = rows(view.grid);
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.archived()).isFalse());
    }

    @Test
    void searchNarrowsTheGrid() {
        PupilRow someone = pupils.search(PupilFilter.active(), PageRequest.of(0, 1)).getContent().getFirst();
        PupilsView view = navigate(PupilsView.class);
        int before = rows(view.grid).size();

        test(view.search).setValue(someone.lastName());

        List<PupilRow> shown = rows(view.grid);
        assertThat(shown).isNotEmpty().hasSizeLessThan(before)
                .allSatisfy(row -> assertThat(row.lastName() + row.firstName() + row.email()).containsIgnoringCase(someone.lastName()));
    }

    @Test
    void schoolYearFilterNarrowsTheGrid() {
        PupilsView view = navigate(PupilsView.class);
        test(view.schoolYear).selectItem(view.getTranslation(SchoolYear.S3.labelKey()));
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(row -> assertThat(row.schoolYear()).isEqualTo(SchoolYear.S3));
    }

    @Test
    void formRefusesBadInputAndSavesNothing() {
        String lastName = "Invalide" + System.nanoTime();
        PupilsView view = navigate(PupilsView.class);
        test(view.create).click();
        PupilForm form = find(PupilForm.class).single();

        test(form.person.firstName).setValue("Lina");
        test(form.person.lastName).setValue(lastName);
        test(form.person.email).setValue("pas-une-adresse");
        test(form.person.phone).setValue("12");
        test(form.person.postalCode).setValue("123");
        form.birthDate.setValue(LocalDate.now(clock).plusDays(3));
        test(form.save).click();

        assertThat(form.person.email.isInvalid()).isTrue();
        assertThat(form.person.phone.isInvalid()).isTrue();
        assertThat(form.person.phone.getErrorMessage()).contains("Numéro de téléphone invalide");
        assertThat(form.person.postalCode.isInvalid()).isTrue();
        assertThat(form.birthDate.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        assertThat(pupils.search(new PupilFilter(lastName, null, null, ArchiveFilter.ALL), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void minorWithoutGuardianIsExplainedAndNotSaved() {
        String lastName = "SansParent" + System.nanoTime();
        PupilsView view = navigate(PupilsView.class);
        test(view.create).click();
        PupilForm form = find(PupilForm.class).single();
        test(form.person.firstName).setValue("Tom");
        test(form.person.lastName).setValue(lastName);
        form.birthDate.setValue(LocalDate.now(clock).minusYears(10));
        test(form.save).click();

        assertThat(form.guardianError.getText()).contains("au moins un·e responsable légal·e");
        assertThat(form.isOpened()).isTrue();
        assertThat(pupils.search(new PupilFilter(lastName, null, null, ArchiveFilter.ALL), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void formSavesAPupilWithANewGuardian() {
        String lastName = "Nouvel" + System.nanoTime();
        PupilsView view = navigate(PupilsView.class);
        test(view.create).click();
        PupilForm form = find(PupilForm.class).single();
        test(form.person.firstName).setValue("Emma");
        test(form.person.lastName).setValue(lastName);
        test(form.person.phone).setValue("0478 12 34 56");
        form.birthDate.setValue(LocalDate.now(clock).minusYears(9));
        test(form.newGuardian).click();
        QuickGuardianDialog guardian = find(QuickGuardianDialog.class).single();
        test(guardian.person.firstName).setValue("Sophie");
        test(guardian.person.lastName).setValue(lastName);
        test(guardian.person.email).setValue("sophie@example.be");
        guardian.relationship.setValue(Relationship.MOTHER);
        test(guardian.add).click();
        assertThat(form.guardianEntries).hasSize(1);

        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(PupilDetailView.class);
        List<PupilRow> found = pupils.search(new PupilFilter(lastName, null, null, ArchiveFilter.ACTIVE), PageRequest.of(0, 5)).getContent();
        assertThat(found).singleElement().satisfies(row -> assertThat(row.phone()).isEqualTo("+32 478 12 34 56"));
        assertThat(pupils.guardiansOf(found.getFirst().id())).singleElement()
                .satisfies(link -> assertThat(link.guardianName()).isEqualTo("Sophie " + lastName));
    }

    @Test
    void archiveAsksForConfirmationFirst() {
        PupilRow someone = pupils.search(PupilFilter.active(), PageRequest.of(3, 1)).getContent().getFirst();
        PupilDetailView detail = navigate(PupilDetailView.class, someone.id());

        test(detail.archive).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(pupils.detail(someone.id()).person().archived()).as("nothing happens before confirming").isFalse();

        test(confirm).cancel();
        assertThat(pupils.detail(someone.id()).person().archived()).isFalse();

        test(detail.archive).click();
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(pupils.detail(someone.id()).person().archived()).isTrue();

        PupilsView list = navigate(PupilsView.class);
        assertThat(rows(list.grid)).extracting(PupilRow::id).doesNotContain(someone.id());
        list.archive.setValue(ArchiveFilter.ARCHIVED);
        assertThat(rows(list.grid)).extracting(PupilRow::id).contains(someone.id());

        // Leave the shared demo data as it was.
        PupilDetailView again = navigate(PupilDetailView.class, someone.id());
        test(again.archive).click();
        assertThat(pupils.detail(someone.id()).person().archived()).isFalse();
    }

    /** What the grid's data provider yields for the first page, as the browser would ask for it. */
    /** Sorting the columns as a click on their header does: school years in school order, stages in life-cycle order. */
    @Test
    void schoolYearAndStageColumnsSortInSchoolAndLifeCycleOrder() {
        PupilsView view = navigate(PupilsView.class);

        List<SchoolYear> years = sortedBy(view.grid, "schoolYear").stream().map(PupilRow::schoolYear)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(years).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.comparingInt(SchoolYear::schoolOrder));
        assertThat(sortedBy(view.grid, "stage")).extracting(PupilRow::stage)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(be.classeur.people.domain.PupilStage::lifeCycleOrder));
    }

    private static List<PupilRow> sortedBy(Grid<PupilRow> grid, String columnKey) {
        List<com.vaadin.flow.data.provider.QuerySortOrder> sort = grid.getColumnByKey(columnKey)
                .getSortOrder(com.vaadin.flow.data.provider.SortDirection.ASCENDING).toList();
        return grid.getDataProvider().fetch(new Query<>(0, 500, sort, null, null)).toList();
    }

    private static List<PupilRow> rows(Grid<PupilRow> grid) {
        return grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
    }
}
