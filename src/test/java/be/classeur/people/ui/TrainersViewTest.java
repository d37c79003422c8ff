package be.classeur.people.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.ArchiveFilter;
import be.classeur.people.CatalogueService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The trainer list, form and detail page, driven like a user would, on the real services and database. */
@SpringBootTest
@WithUserDetails("admin")
class TrainersViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    TrainerService trainers;
    @Autowired
    CatalogueService catalogues;

    @Test
    void gridShowsTrainersFromTheDatabase() {
        Trainer mine = trainers.save(trainer("Grille", unique("Grille")));

        TrainersView view = navigate(TrainersView.class);

        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(row -> assertThat(row.archived()).isFalse());
        test(view.search).setValue(mine.getLastName());
        assertThat(rows(view.grid)).extracting(PersonRow::id).containsExactly(mine.getId());
    }

    @Test
    void searchNarrowsTheGrid() {
        PersonRow someone = trainers.search(PersonFilter.active(), PageRequest.of(1, 1)).getContent().getFirst();
        TrainersView view = navigate(TrainersView.class);
        int before = rows(view.grid).size();

        test(view.search).setValue(someone.lastName());

        List<PersonRow> shown = rows(view.grid);
        assertThat(shown).isNotEmpty().hasSizeLessThan(before).extracting(PersonRow::id).contains(someone.id());
        assertThat(shown).allSatisfy(row -> assertThat(row.lastName() + " " + row.firstName() + " " + row.email())
                .containsIgnoringCase(someone.lastName()));
    }

    @Test
    void formRefusesBadInputAndSavesNothing() {
        String lastName = unique("Invalide");
        TrainersView view = navigate(TrainersView.class);
        test(view.create).click();
        TrainerForm form = $(TrainerForm.class).single();

        test(form.person.firstName).setValue("Hugo");
        test(form.person.lastName).setValue(lastName);
        test(form.person.email).setValue("hugo@");
        test(form.person.phone).setValue("12");
        test(form.person.postalCode).setValue("99");
        form.agreementSignedOn.setValue(LocalDate.now(clock).plusDays(1));
        test(form.save).click();

        assertThat(form.person.email.isInvalid()).isTrue();
        assertThat(form.person.phone.isInvalid()).isTrue();
        assertThat(form.person.postalCode.isInvalid()).isTrue();
        assertThat(form.agreementSignedOn.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        assertThat(trainers.search(new PersonFilter(lastName, ArchiveFilter.ALL), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void formCreatesATrainer() {
        String lastName = unique("Nouveau");
        Subject subject = catalogues.activeSubjects().getFirst();
        LocalDate signed = LocalDate.now(clock).minusDays(20);
        TrainersView view = navigate(TrainersView.class);
        test(view.create).click();
        TrainerForm form = $(TrainerForm.class).single();

        test(form.person.firstName).setValue("Claire");
        test(form.person.lastName).setValue(lastName);
        test(form.person.email).setValue("claire@exemple.be");
        test(form.person.phone).setValue("02 512 34 56");
        test(form.person.postalCode).setValue("5000");
        test(form.availability).setValue("Mercredi après-midi");
        form.agreementSignedOn.setValue(signed);
        form.subjects.setValue(Set.of(subject));
        test(form.save).click();

        assertThat(form.isOpened()).as(() -> "saved, notifications: " + notificationTexts()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(TrainerDetailView.class);
        List<PersonRow> found = trainers.search(new PersonFilter(lastName, ArchiveFilter.ACTIVE), PageRequest.of(0, 5)).getContent();
        assertThat(found).singleElement().satisfies(row -> assertThat(row.phone()).isEqualTo("+32 2 512 34 56"));
        Trainer stored = trainers.forEdit(found.getFirst().id());
        assertThat(stored.getAgreementSignedOn()).isEqualTo(signed);
        assertThat(stored.getAvailability()).isEqualTo("Mercredi après-midi");
        assertThat(stored.getPostalCode()).isEqualTo("5000");
        assertThat(stored.getSubjects()).extracting(Subject::getId).containsExactly(subject.getId());
    }

    @Test
    void editRefusesAnAgreementDateInTheFutureThenSavesAValidOne() {
        Trainer mine = trainers.save(trainer("Édith", unique("Edition")));
        long id = mine.getId();
        TrainerDetailView detail = navigate(TrainerDetailView.class, id);

        test(detail.edit).click();
        TrainerForm form = $(TrainerForm.class).single();
        form.agreementSignedOn.setValue(LocalDate.now(clock).plusDays(5));
        test(form.availability).setValue("Samedi matin");
        test(form.save).click();

        assertThat(form.agreementSignedOn.isInvalid()).isTrue();
        assertThat(form.isOpened()).isTrue();
        Trainer unchanged = trainers.forEdit(id);
        assertThat(unchanged.getAgreementSignedOn()).isNull();
        assertThat(unchanged.getAvailability()).isNull();
        assertThat(unchanged.getVersion()).isEqualTo(mine.getVersion());

        LocalDate signed = LocalDate.now(clock);
        form.agreementSignedOn.setValue(signed);
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        Trainer stored = trainers.forEdit(id);
        assertThat(stored.getAgreementSignedOn()).isEqualTo(signed);
        assertThat(stored.getAvailability()).isEqualTo("Samedi matin");
    }

    @Test
    void archiveAsksForConfirmationAndRestoreBringsTheTrainerBack() {
        Trainer mine = trainers.save(trainer("Arthur", unique("Archive")));
        long id = mine.getId();
        TrainerDetailView detail = navigate(TrainerDetailView.class, id);

        test(detail.archive).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(test(confirm).getHeader()).contains(mine.fullName());
        assertThat(trainers.forEdit(id).isArchived()).as("nothing happens before confirming").isFalse();

        test(confirm).cancel();
        assertThat(trainers.forEdit(id).isArchived()).isFalse();

        test(detail.archive).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(trainers.forEdit(id).isArchived()).isTrue();

        TrainersView list = navigate(TrainersView.class);
        test(list.search).setValue(mine.getLastName());
        assertThat(rows(list.grid)).as("gone from the default list").isEmpty();
        test(list.archive).selectItem(list.getTranslation(ArchiveFilter.ARCHIVED.labelKey()));
        assertThat(rows(list.grid)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.archived()).isTrue();
        });

        TrainerDetailView again = navigate(TrainerDetailView.class, id);
        test(again.archive).click();
        assertThat(trainers.forEdit(id).isArchived()).isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Trainer trainer(String firstName, String lastName) {
        Trainer trainer = new Trainer();
        trainer.setFirstName(firstName);
        trainer.setLastName(lastName);
        return trainer;
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /** What the grid's data provider yields for the first page, as the browser would ask for it. */
    private static List<PersonRow> rows(Grid<PersonRow> grid) {
        return grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
    }
}
