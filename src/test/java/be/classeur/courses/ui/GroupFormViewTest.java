package be.classeur.courses.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.PersonDirectory;
import be.classeur.people.TrainerName;
import be.classeur.people.domain.Subject;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The course group form, driven like a user would, on the real services and database. */
@SpringBootTest
@WithUserDetails("admin")
class GroupFormViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    CourseGroupService groups;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    PersonDirectory people;

    private Period period() {
        return periods.save(new Period(unique("Stage test "), PeriodKind.HOLIDAY_COURSE,
                LocalDate.now(clock).plusDays(10), LocalDate.now(clock).plusDays(14)));
    }

    private List<GroupRow> groupsNamed(String name) {
        return groups.search(new GroupFilter(name, null, null, null, null, false), PageRequest.of(0, 5)).getContent();
    }

    private GroupForm openNewForm() {
        GroupsView view = navigate(GroupsView.class);
        assertThat(view.create.isVisible()).isTrue();
        test(view.create).click();
        return find(GroupForm.class).single();
    }

    @Test
    void formRefusesBlankNameZeroCapacityAndMissingSubjectAndPeriod() {
        GroupForm form = openNewForm();
        test(form.name).setValue("");
        form.capacity.setValue(0);

        test(form.save).click();

        assertThat(form.name.isInvalid()).as("name").isTrue();
        assertThat(form.capacity.isInvalid()).as("capacity").isTrue();
        assertThat(form.subject.isInvalid()).as("subject").isTrue();
        assertThat(form.period.isInvalid()).as("period").isTrue();
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void formSavesNothingWhileOneFieldIsWrong() {
        String name = unique("Refusé ");
        Period period = period();
        GroupForm form = openNewForm();
        test(form.name).setValue(name);
        form.subject.setValue(form.subject.getListDataView().getItems().findFirst().orElseThrow());
        form.period.setValue(period);
        form.capacity.setValue(0);

        test(form.save).click();

        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();
        assertThat(groupsNamed(name)).isEmpty();

        form.capacity.setValue(201);
        test(form.save).click();
        assertThat(form.capacity.isInvalid()).isTrue();
        assertThat(groupsNamed(name)).isEmpty();
    }

    @Test
    void formSavesAGoodGroupAndOpensIt() {
        String name = unique("Maths 1S ");
        Period period = period();
        Subject subject = catalogues.activeSubjects().getFirst();
        TrainerName teacher = people.activeTrainers().getFirst();
        GroupForm form = openNewForm();
        test(form.name).setValue(name);
        form.subject.setValue(form.subject.getListDataView().getItems()
                .filter(s -> s.id() == subject.getId()).findFirst().orElseThrow());
        form.period.setValue(period);
        form.levels.setValue(Set.of(SchoolYear.S1, SchoolYear.S2));
        form.trainers.setValue(Set.of(form.trainers.getListDataView().getItems()
                .filter(t -> t.id() == teacher.id()).findFirst().orElseThrow()));
        test(form.room).setValue("A3");
        form.capacity.setValue(6);
        form.status.setValue(GroupStatus.RUNNING);

        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(GroupDetailView.class);
        GroupRow saved = groupsNamed(name).getFirst();
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.subject()).isEqualTo(subject.getName());
        assertThat(saved.period()).isEqualTo(period.getName());
        assertThat(saved.levels()).containsExactly(SchoolYear.S1, SchoolYear.S2);
        assertThat(saved.trainers()).isEqualTo(teacher.fullName());
        assertThat(saved.room()).isEqualTo("A3");
        assertThat(saved.capacity()).isEqualTo(6);
        assertThat(saved.status()).isEqualTo(GroupStatus.RUNNING);
        assertThat(groups.search(new GroupFilter(null, period.getId(), null, teacher.id(), null, true), PageRequest.of(0, 5)))
                .extracting(GroupRow::id).containsExactly(saved.id());
    }
}
