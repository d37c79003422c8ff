package be.classeur.courses.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Pupil;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Enrolling a pupil whose school year is not one of the group's levels: a warning to confirm, not a refusal. */
@SpringBootTest
@WithUserDetails("admin")
class EnrolmentSchoolYearViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    PupilService pupils;

    private CourseGroup groupFor(Set<SchoolYear> levels) {
        Period period = periods.save(new Period(unique("Année niveaux "), PeriodKind.SCHOOL_YEAR,
                LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).plusMonths(9)));
        CourseGroup group = new CourseGroup();
        group.setName(unique("Groupe niveaux "));
        group.setSubject(catalogues.activeSubjects().getFirst());
        group.setPeriod(period);
        group.setCapacity(10);
        group.setStatus(GroupStatus.RUNNING);
        group.setLevels(levels);
        return groups.save(group);
    }

    private PupilRow pupilIn(SchoolYear year) {
        String lastName = unique("Niveau");
        Pupil pupil = new Pupil();
        pupil.setFirstName("Lina");
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(20));
        pupil.setSchoolYear(year);
        pupil.setPostalCode("5000");
        pupil.setCity("Namur");
        pupils.save(pupil, List.of());
        return pupils.search(new PupilFilter(lastName, null, null, ArchiveFilter.ACTIVE), PageRequest.of(0, 1)).getContent().getFirst();
    }

    private EnrolDialog enrolDialog(CourseGroup group, PupilRow pupil) {
        test(navigate(GroupDetailView.class, group.getId()).enrol).click();
        EnrolDialog dialog = find(EnrolDialog.class).single();
        dialog.pupil.setValue(pupil);
        return dialog;
    }

    private List<Long> roster(CourseGroup group) {
        return groups.detail(group.getId()).roster().stream().map(EnrolmentRow::pupilId).toList();
    }

    @Test
    void aPupilOutsideTheLevelsIsEnrolledOnlyAfterTheWarning() {
        CourseGroup group = groupFor(Set.of(SchoolYear.values()[0], SchoolYear.values()[1]));
        PupilRow older = pupilIn(SchoolYear.values()[5]);
        EnrolDialog dialog = enrolDialog(group, older);

        test(dialog.save).click();

        ConfirmDialog warning = $(ConfirmDialog.class).single();
        assertThat(test(warning).getHeader()).isEqualTo("Année scolaire hors du groupe");
        assertThat(test(warning).getText()).contains("Lina " + older.lastName());
        assertThat(roster(group)).as("nothing before the answer").isEmpty();

        test(warning).confirm(); // "Inscrire quand même"

        assertThat(dialog.isOpened()).isFalse();
        assertThat(roster(group)).containsExactly(older.id());
    }

    @Test
    void cancellingTheWarningEnrolsNobody() {
        CourseGroup group = groupFor(Set.of(SchoolYear.values()[0]));
        PupilRow other = pupilIn(SchoolYear.values()[3]);
        EnrolDialog dialog = enrolDialog(group, other);

        test(dialog.save).click();
        test($(ConfirmDialog.class).single()).cancel();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(roster(group)).isEmpty();
    }

    @Test
    void aPupilOfOneOfTheLevelsIsEnrolledWithoutAWord() {
        CourseGroup group = groupFor(Set.of(SchoolYear.values()[2], SchoolYear.values()[3]));
        PupilRow fitting = pupilIn(SchoolYear.values()[3]);
        EnrolDialog dialog = enrolDialog(group, fitting);

        test(dialog.save).click();

        assertThat($(ConfirmDialog.class).all()).isEmpty();
        assertThat(roster(group)).containsExactly(fitting.id());
    }
}
