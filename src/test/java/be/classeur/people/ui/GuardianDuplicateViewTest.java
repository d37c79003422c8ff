package be.classeur.people.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.domain.Guardian;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Saving a guardian who already has a record (same name, same e-mail or phone) warns first. */
@SpringBootTest
@WithUserDetails("admin")
class GuardianDuplicateViewTest extends SpringBrowserlessTest {
    @Autowired
    GuardianService guardians;

    private Guardian existing(String lastName, String email, String phone) {
        Guardian guardian = new Guardian();
        guardian.setFirstName("Sophie");
        guardian.setLastName(lastName);
        guardian.setEmail(email);
        guardian.setPhone(phone);
        return guardians.save(guardian, List.of());
    }

    private GuardianForm newGuardian(String firstName, String lastName, String email, String phone) {
        test(navigate(GuardiansView.class).create).click();
        GuardianForm form = $(GuardianForm.class).single();
        test(form.person.firstName).setValue(firstName);
        test(form.person.lastName).setValue(lastName);
        if (email != null) {
            test(form.person.email).setValue(email);
        }
        if (phone != null) {
            test(form.person.phone).setValue(phone);
        }
        test(form.person.postalCode).setValue("1000");
        return form;
    }

    private List<PersonRow> named(String lastName) {
        return guardians.search(new PersonFilter(lastName, ArchiveFilter.ALL), PageRequest.of(0, 10)).getContent();
    }

    @Test
    void theSameNameAndPhoneWarnsAndOpensTheExistingRecordInstead() {
        String family = unique("Double");
        Guardian first = existing(family, null, "0470 12 34 56");
        GuardianForm form = newGuardian("SOPHIE", family, null, "+32470123456");

        test(form.save).click();

        ConfirmDialog warning = $(ConfirmDialog.class).single();
        assertThat(test(warning).getHeader()).isEqualTo("Cette personne a peut-être déjà une fiche");
        assertThat(test(warning).getText()).contains("Sophie " + family).contains("+32 470 12 34 56");
        assertThat(named(family)).as("nothing saved before the user chooses").hasSize(1);

        test(warning).reject(); // "Ouvrir la fiche existante"

        assertThat(form.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(GuardianDetailView.class);
        assertThat(named(family)).extracting(PersonRow::id).containsExactly(first.getId());
    }

    @Test
    void theSameNameAndEmailWarnsAndSavingAnywayKeepsBoth() {
        String family = unique("Double");
        existing(family, "sophie@exemple.be", null);
        GuardianForm form = newGuardian("Sophie", family, "Sophie@Exemple.be", null);

        test(form.save).click();
        ConfirmDialog warning = $(ConfirmDialog.class).single();
        test(warning).confirm(); // "Enregistrer quand même"

        assertThat(form.isOpened()).isFalse();
        assertThat(named(family)).hasSize(2);
    }

    @Test
    void aNamesakeWithOtherContactsIsSavedWithoutAWord() {
        String family = unique("Homonyme");
        existing(family, "sophie@exemple.be", "0470 12 34 56");
        GuardianForm form = newGuardian("Sophie", family, "autre@exemple.be", "0478 98 76 54");

        test(form.save).click();

        assertThat($(ConfirmDialog.class).all()).isEmpty();
        assertThat(form.isOpened()).isFalse();
        assertThat(named(family)).hasSize(2);
    }

    @Test
    void editingTheRecordItselfIsNoDuplicate() {
        String family = unique("Moimeme");
        Guardian first = existing(family, "sophie@exemple.be", null);
        test(navigate(GuardianDetailView.class, first.getId()).edit).click();
        GuardianForm form = $(GuardianForm.class).single();
        test(form.person.notes).setValue("Préfère être appelée le soir.");

        test(form.save).click();

        assertThat($(ConfirmDialog.class).all()).isEmpty();
        assertThat(form.isOpened()).isFalse();
    }
}
