package be.classeur.people.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The guardian list, form and detail page, driven like a user would, on the real services and database. */
@SpringBootTest
@WithUserDetails("admin")
class GuardiansViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    GuardianService guardians;
    @Autowired
    PupilService pupils;

    @Test
    void gridShowsGuardiansFromTheDatabase() {
        Guardian mine = guardians.save(guardian("Grille", unique("Grille")), List.of());

        GuardiansView view = navigate(GuardiansView.class);

        List<PersonRow> shown = rows(view.grid);
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.archived()).isFalse());
        test(view.search).setValue(mine.getLastName());
        assertThat(rows(view.grid)).extracting(PersonRow::id).containsExactly(mine.getId());
    }

    @Test
    void searchNarrowsTheGrid() {
        PersonRow someone = guardians.search(PersonFilter.active(), PageRequest.of(2, 1)).getContent().getFirst();
        GuardiansView view = navigate(GuardiansView.class);
        int before = rows(view.grid).size();

        test(view.search).setValue(someone.lastName());

        List<PersonRow> shown = rows(view.grid);
        assertThat(shown).isNotEmpty().hasSizeLessThan(before)
                .extracting(PersonRow::id).contains(someone.id());
        assertThat(shown).allSatisfy(row -> assertThat(row.lastName() + " " + row.firstName() + " " + row.email())
                .containsIgnoringCase(someone.lastName()));
    }

    @Test
    void formRefusesBadInputAndSavesNothing() {
        String lastName = unique("Invalide");
        GuardiansView view = navigate(GuardiansView.class);
        test(view.create).click();
        GuardianForm form = $(GuardianForm.class).single();

        test(form.person.firstName).setValue("Inès");
        test(form.person.lastName).setValue(lastName);
        test(form.person.email).setValue("pas-une-adresse");
        test(form.person.phone).setValue("12");
        test(form.person.postalCode).setValue("99");
        test(form.save).click();

        assertThat(form.person.country.getValue()).isEqualTo("BE");
        assertThat(form.person.email.isInvalid()).isTrue();
        assertThat(form.person.phone.isInvalid()).isTrue();
        assertThat(form.person.phone.getErrorMessage()).contains("Numéro de téléphone invalide");
        assertThat(form.person.postalCode.isInvalid()).isTrue();
        assertThat(form.person.postalCode.getErrorMessage()).contains("Code postal invalide");
        assertThat(form.isOpened()).isTrue();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("Rien n’a été enregistré"));
        assertThat(guardians.search(new PersonFilter(lastName, ArchiveFilter.ALL), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void newGuardianLinkedToAnExistingPupilIsSavedAndVisibleFromThePupil() {
        String family = unique("Lien");
        Pupil child = minorWithOneGuardian(family);
        GuardiansView view = navigate(GuardiansView.class);
        test(view.create).click();
        GuardianForm form = $(GuardianForm.class).single();
        test(form.person.firstName).setValue("Bruno");
        test(form.person.lastName).setValue(family);
        test(form.person.email).setValue("bruno@exemple.be");
        test(form.person.phone).setValue("0478 98 76 54");
        test(form.person.postalCode).setValue("1000");

        test(form.pupilPicker).setFilter(family);
        List<PupilRow> suggestions = test(form.pupilPicker).getSuggestionItems();
        assertThat(suggestions).extracting(PupilRow::id).containsExactly(child.getId());
        form.pupilPicker.setValue(suggestions.getFirst());
        test(form.relationship).selectItem(view.getTranslation(Relationship.FATHER.labelKey()));
        test(form.addPupil).click();
        assertThat(form.pupilEntries).singleElement().satisfies(entry -> {
            assertThat(entry.pupilId).isEqualTo(child.getId());
            assertThat(entry.relationship).isEqualTo(Relationship.FATHER);
        });

        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(GuardianDetailView.class);
        List<PersonRow> saved = guardians.search(new PersonFilter("Bruno " + family, ArchiveFilter.ALL), PageRequest.of(0, 5)).getContent();
        assertThat(saved).singleElement().satisfies(row -> {
            assertThat(row.phone()).isEqualTo("+32 478 98 76 54");
            assertThat(row.email()).isEqualTo("bruno@exemple.be");
        });
        assertThat(pupils.guardiansOf(child.getId()))
                .extracting(LinkRow::guardianName, LinkRow::relationship)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("Céline " + family, Relationship.MOTHER),
                        Tuple.tuple("Bruno " + family, Relationship.FATHER));
    }

    @Test
    void archiveAsksForConfirmationAndRestoreBringsTheGuardianBack() {
        Guardian mine = guardians.save(guardian("Archive", unique("Archive")), List.of());
        long id = mine.getId();
        GuardianDetailView detail = navigate(GuardianDetailView.class, id);

        test(detail.archive).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(test(confirm).getHeader()).contains(mine.fullName());
        assertThat(guardians.forEdit(id).isArchived()).as("nothing happens before confirming").isFalse();

        test(confirm).cancel();
        assertThat(guardians.forEdit(id).isArchived()).isFalse();

        test(detail.archive).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(guardians.forEdit(id).isArchived()).isTrue();
        assertThat(detail.archive.getText()).isEqualTo(detail.getTranslation("people.action.restore"));

        GuardiansView list = navigate(GuardiansView.class);
        test(list.search).setValue(mine.getLastName());
        assertThat(rows(list.grid)).isEmpty();
        test(list.archive).selectItem(list.getTranslation(ArchiveFilter.ARCHIVED.labelKey()));
        assertThat(rows(list.grid)).extracting(PersonRow::id).containsExactly(id);

        GuardianDetailView again = navigate(GuardianDetailView.class, id);
        test(again.archive).click();
        assertThat(guardians.forEdit(id).isArchived()).as("restoring needs no confirmation").isFalse();
        GuardiansView restored = navigate(GuardiansView.class);
        test(restored.search).setValue(mine.getLastName());
        assertThat(rows(restored.grid)).extracting(PersonRow::id).containsExactly(id);
    }

    @Test
    void removingTheOnlyGuardianOfAMinorIsRefusedAndTheLinkKept() {
        String family = unique("Seul");
        Pupil child = minorWithOneGuardian(family);
        long guardianId = pupils.guardiansOf(child.getId()).getFirst().guardianId();
        GuardianDetailView detail = navigate(GuardianDetailView.class, guardianId);

        test(detail.edit).click();
        GuardianForm form = $(GuardianForm.class).single();
        assertThat(form.pupilEntries).extracting(entry -> entry.pupilId).containsExactly(child.getId());
        Button remove = (Button) test(form.pupilGrid).getCellComponent(0, 2);
        test(remove).click();
        assertThat(form.pupilEntries).isEmpty();
        test(form.save).click();

        String refusal = form.getTranslation("people.guardian.error.lastGuardianOfMinor", child.fullName());
        assertThat(refusal).contains("aucun·e responsable légal·e").contains(child.fullName());
        assertThat(form.pupilError.getText()).isEqualTo(refusal);
        assertThat(notificationTexts()).contains(refusal);
        assertThat(form.isOpened()).isTrue();
        assertThat(pupils.guardiansOf(child.getId())).extracting(LinkRow::guardianId).containsExactly(guardianId);
        assertThat(guardians.pupilsOf(guardianId)).extracting(LinkRow::pupilId).containsExactly(child.getId());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Guardian guardian(String firstName, String lastName) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        return guardian;
    }

    /** A ten-year-old pupil of this test's own, with one guardian "Céline {family}". */
    private Pupil minorWithOneGuardian(String family) {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Léo");
        pupil.setLastName(family);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(10));
        return pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian("Céline", family), Relationship.MOTHER)));
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /** What the grid's data provider yields for the first page, as the browser would ask for it. */
    private static List<PersonRow> rows(Grid<PersonRow> grid) {
        return grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
    }
}
