package be.classeur.courses.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentRow;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.PupilGroupRow;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.CatalogueService;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Pupil;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Enrolling into a full group from the group's page: the over-capacity choice is explicit. */
@SpringBootTest
@WithUserDetails("admin")
class EnrolmentOverCapacityViewTest extends SpringBrowserlessTest {
    @Autowired
    Clock clock;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    PupilService pupils;

    private CourseGroup group(int capacity) {
        Period period = periods.save(new Period(unique("Année vue "), PeriodKind.SCHOOL_YEAR,
                LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).plusMonths(9)));
        CourseGroup group = new CourseGroup();
        group.setName(unique("Groupe vue "));
        group.setSubject(catalogues.activeSubjects().getFirst());
        group.setPeriod(period);
        group.setCapacity(capacity);
        group.setStatus(GroupStatus.RUNNING);
        return groups.save(group);
    }

    private PupilRow pupil() {
        String lastName = unique("Complet");
        Pupil pupil = new Pupil();
        pupil.setFirstName("Noé");
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(20));
        pupil.setPostalCode("5000");
        pupil.setCity("Namur");
        pupils.save(pupil, List.of());
        return pupils.search(new PupilFilter(lastName, null, null, ArchiveFilter.ACTIVE), PageRequest.of(0, 1)).getContent().getFirst();
    }

    private List<EnrolmentRow> roster(CourseGroup group) {
        return groups.detail(group.getId()).roster();
    }

    @Test
    void aGroupWithRoomAsksForNothing() {
        CourseGroup group = group(2);
        PupilRow pupil = pupil();
        GroupDetailView view = navigate(GroupDetailView.class, group.getId());
        test(view.enrol).click();
        EnrolDialog dialog = find(EnrolDialog.class).single();

        assertThat(dialog.overCapacity.isVisible()).isFalse();
        dialog.pupil.setValue(pupil);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(roster(group)).singleElement().satisfies(r -> {
            assertThat(r.pupilId()).isEqualTo(pupil.id());
            assertThat(r.overCapacity()).isFalse();
            assertThat(r.startsOn()).isEqualTo(LocalDate.now(clock));
        });
        assertThat(enrolments.groupsOf(pupil.id())).extracting(PupilGroupRow::groupId).containsExactly(group.getId());
    }

    @Test
    void aFullGroupShowsTheOverCapacityChoiceRefusesWithoutItAndSavesWithIt() {
        CourseGroup group = group(1);
        PupilRow first = pupil();
        PupilRow second = pupil();
        enrolments.enrol(group.getId(), first.id(), LocalDate.now(clock), null, false);

        GroupDetailView view = navigate(GroupDetailView.class, group.getId());
        test(view.enrol).click();
        EnrolDialog dialog = find(EnrolDialog.class).single();
        assertThat(dialog.overCapacity.isVisible()).as("the choice is shown for a full group").isTrue();
        assertThat(dialog.overCapacity.getValue()).isFalse();

        dialog.pupil.setValue(second);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.overCapacity.isInvalid()).isTrue();
        assertThat(roster(group)).extracting(EnrolmentRow::pupilId).containsExactly(first.id());

        test(dialog.overCapacity).click();
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(roster(group)).hasSize(2).filteredOn(EnrolmentRow::overCapacity).singleElement()
                .satisfies(r -> assertThat(r.pupilId()).isEqualTo(second.id()));
        assertThat(groups.detail(group.getId()).enrolledToday()).isEqualTo(2).isGreaterThan(group.getCapacity());
        assertThat(view.roster.getGenericDataView().getItems().count()).as("the page shows the new roster").isEqualTo(2);
    }
}
