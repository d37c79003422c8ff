package be.classeur.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.domain.School;
import be.classeur.people.domain.Subject;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The subject, school and school-year catalogues, driven like an administrator would, on the real database. */
@SpringBootTest
@WithUserDetails("admin")
class CataloguesViewTest extends SpringBrowserlessTest {
    @Autowired
    CatalogueService catalogues;

    @Test
    void adminAddsASubjectAndADuplicateNameIsRefusedVisibly() {
        String name = "Matière " + Long.toString(System.nanoTime(), 36);
        CataloguesView view = navigate(CataloguesView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content once the browser has answered

        test(view.newSubject).click();
        CataloguesView.SubjectDialog dialog = $(CataloguesView.SubjectDialog.class).single();
        test(dialog.name).setValue(name);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(subjectsNamed(name)).singleElement().satisfies(s -> assertThat(s.isActive()).isTrue());
        test(view.subjectSearch).setValue(name);
        assertThat(rows(view.subjectGrid)).extracting(Subject::getName).containsExactly(name);

        test(view.newSubject).click();
        CataloguesView.SubjectDialog duplicate = $(CataloguesView.SubjectDialog.class).last();
        assertThat(duplicate).isNotSameAs(dialog);
        test(duplicate.name).setValue(name.toUpperCase());
        test(duplicate.save).click();

        String refusal = view.getTranslation("people.catalogue.error.subjectExists", name.toUpperCase());
        assertThat(refusal).contains("existe déjà");
        assertThat(notificationTexts()).contains(refusal);
        assertThat(duplicate.isOpened()).as("the dialog stays open so the name can be corrected").isTrue();
        assertThat(subjectsNamed(name)).hasSize(1);
    }

    @Test
    void schoolWithAnInvalidPostalCodeIsRefusedThenAValidOneIsSaved() {
        String name = "École " + Long.toString(System.nanoTime(), 36);
        CataloguesView view = navigate(CataloguesView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content once the browser has answered
        test(view.tabs).select(1);
        roundTrip();

        test(view.newSchool).click();
        CataloguesView.SchoolDialog dialog = $(CataloguesView.SchoolDialog.class).single();
        test(dialog.name).setValue(name);
        test(dialog.postalCode).setValue("99");
        test(dialog.city).setValue("Namur");
        test(dialog.save).click();

        assertThat(dialog.postalCode.isInvalid()).isTrue();
        assertThat(dialog.postalCode.getErrorMessage()).contains("Code postal invalide");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(schoolsNamed(name)).isEmpty();

        test(dialog.postalCode).setValue("5000");
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(schoolsNamed(name)).singleElement().satisfies(school -> {
            assertThat(school.getPostalCode()).isEqualTo("5000");
            assertThat(school.getCity()).isEqualTo("Namur");
            assertThat(school.isActive()).isTrue();
        });
        test(view.schoolSearch).setValue(name);
        assertThat(rows(view.schoolGrid)).extracting(School::getName).containsExactly(name);
    }

    @Test
    void schoolYearTabListsTheFifteenFixedSchoolYears() {
        CataloguesView view = navigate(CataloguesView.class);
        roundTrip(); // the tab sheet attaches the selected tab's content once the browser has answered
        test(view.tabs).select(2);
        roundTrip();

        assertThat(test(view.tabs).isSelected(2)).isTrue();
        assertThat(test(view.schoolYearGrid).size()).isEqualTo(15);
        assertThat(rows(view.schoolYearGrid)).containsExactly(SchoolYear.values());
        assertThat(test(view.schoolYearGrid).getCellText(0, 0)).isEqualTo("1P");
        assertThat(test(view.schoolYearGrid).getCellText(14, 0)).as("the translated short form, not the stored code").isEqualTo(view.getTranslation(SchoolYear.values()[14].shortLabelKey())).isNotEqualTo(SchoolYear.values()[14].code());
        assertThat(test(view.schoolYearGrid).getCellText(0, 1)).isEqualTo(view.getTranslation(SchoolYear.P1.labelKey()))
                .doesNotContain("kernel.schoolYear");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private List<Subject> subjectsNamed(String name) {
        return catalogues.subjects(name, PageRequest.of(0, 10)).getContent().stream()
                .filter(s -> s.getName().equalsIgnoreCase(name)).toList();
    }

    private List<School> schoolsNamed(String name) {
        return catalogues.schools(name, false, PageRequest.of(0, 10)).getContent().stream()
                .filter(s -> s.getName().equals(name)).toList();
    }

    private List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /** What the grid's data provider yields for the first page, as the browser would ask for it. */
    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
    }
}
