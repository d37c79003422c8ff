package be.classeur.courses;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Enrolment;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.ContactService;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.ContactRow;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Trainer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Enrolments and the group search on the real services and database, with data of their own. */
@SpringBootTest
@WithUserDetails("admin")
class EnrolmentServiceIT {
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
    @Autowired
    TrainerService trainers;
    @Autowired
    ContactService contacts;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Period period() {
        return periods.save(new Period(unique("Année test "), PeriodKind.SCHOOL_YEAR, today().minusMonths(2), today().plusMonths(8)));
    }

    private CourseGroup group(Period period, int capacity, GroupStatus status, Set<Trainer> teachers) {
        CourseGroup group = new CourseGroup();
        group.setName(unique("Groupe test "));
        group.setSubject(catalogues.activeSubjects().getFirst());
        group.setPeriod(period);
        group.setLevels(Set.of(SchoolYear.S1, SchoolYear.S2));
        group.setCapacity(capacity);
        group.setStatus(status);
        group.setRoom("B12");
        group.setTrainers(teachers);
        return groups.save(group);
    }

    private long pupil() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Inès");
        pupil.setLastName(unique("Inscrite"));
        pupil.setBirthDate(today().minusYears(25));
        pupil.setPostalCode("1348");
        pupil.setCity("Louvain-la-Neuve");
        return pupils.save(pupil, List.of()).getId();
    }

    private Trainer trainer() {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Tom");
        trainer.setLastName(unique("Formateur"));
        return trainers.save(trainer);
    }

    private GroupRow row(CourseGroup group) {
        return groups.search(new GroupFilter(group.getName(), null, null, null, null, false), PageRequest.of(0, 5))
                .getContent().getFirst();
    }

    private List<Long> found(GroupFilter filter) {
        return groups.search(filter, PageRequest.of(0, 100)).getContent().stream().map(GroupRow::id).toList();
    }

    @Test
    void aFullGroupTakesAnotherPupilOnlyWithAnExplicitOverride() {
        CourseGroup group = group(period(), 2, GroupStatus.RUNNING, Set.of());
        long first = pupil();
        long second = pupil();
        long third = pupil();

        enrolments.enrol(group.getId(), first, today(), null, false);
        Enrolment fine = enrolments.enrol(group.getId(), second, today(), null, false);
        assertThat(fine.isOverCapacity()).isFalse();
        assertThat(enrolments.isFullOn(group.getId(), today())).isTrue();

        assertThatThrownBy(() -> enrolments.enrol(group.getId(), third, today(), null, false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("courses.enrolment.error.full"));
        assertThat(row(group).enrolled()).isEqualTo(2);

        Enrolment over = enrolments.enrol(group.getId(), third, today(), null, true);

        assertThat(over.isOverCapacity()).isTrue();
        GroupRow row = row(group);
        assertThat(row.enrolled()).isEqualTo(3).isGreaterThan(row.capacity());
        assertThat(row.overCapacity()).isTrue();
        assertThat(groups.detail(group.getId()).roster()).hasSize(3)
                .filteredOn(EnrolmentRow::overCapacity).singleElement()
                .satisfies(e -> assertThat(e.pupilId()).isEqualTo(third));
    }

    @Test
    void enrollingIsAContactThatMovesTheLastContactDate() {
        CourseGroup group = group(period(), 2, GroupStatus.RUNNING, Set.of());
        long pupil = pupil();
        assertThat(pupils.detail(pupil).person().lastContactDate()).isNull();

        enrolments.enrol(group.getId(), pupil, today().plusDays(7), null, false);

        assertThat(pupils.detail(pupil).person().lastContactDate()).isEqualTo(today());
        List<ContactRow> history = contacts.history(DataSubjectRef.pupil(pupil), PageRequest.of(0, 10)).getContent();
        assertThat(history).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ContactKind.ENROLMENT);
            assertThat(c.occurredOn()).isEqualTo(today());
        });
    }

    @Test
    void aPupilCannotBeEnrolledTwiceInTheSameGroupForOverlappingDates() {
        CourseGroup group = group(period(), 5, GroupStatus.RUNNING, Set.of());
        long pupil = pupil();
        enrolments.enrol(group.getId(), pupil, today(), null, false);

        assertThatThrownBy(() -> enrolments.enrol(group.getId(), pupil, today().plusDays(10), null, false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("courses.enrolment.error.alreadyEnrolled"));
        assertThat(groups.detail(group.getId()).roster()).hasSize(1);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        CourseGroup group = group(period(), 5, GroupStatus.RUNNING, Set.of());
        long pupil = pupil();

        assertThatThrownBy(() -> enrolments.enrol(group.getId(), pupil, today(), today().minusDays(1), false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("courses.enrolment.error.endBeforeStart"));
        assertThat(groups.detail(group.getId()).roster()).isEmpty();

        Enrolment enrolment = enrolments.enrol(group.getId(), pupil, today(), null, false);
        assertThatThrownBy(() -> enrolments.end(enrolment.getId(), today().minusDays(1)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("courses.enrolment.error.endBeforeStart"));
    }

    @Test
    void groupsOfListsCurrentAndPastGroups() {
        Period period = period();
        CourseGroup past = group(period, 5, GroupStatus.CLOSED, Set.of());
        CourseGroup current = group(period, 5, GroupStatus.RUNNING, Set.of());
        long pupil = pupil();
        Enrolment ended = enrolments.enrol(past.getId(), pupil, today().minusDays(40), null, false);
        enrolments.end(ended.getId(), today().minusDays(1));
        enrolments.enrol(current.getId(), pupil, today().minusDays(3), null, false);

        List<PupilGroupRow> rows = enrolments.groupsOf(pupil);

        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(PupilGroupRow::current).singleElement()
                .satisfies(r -> assertThat(r.groupId()).isEqualTo(current.getId()));
        assertThat(rows).filteredOn(r -> !r.current()).singleElement()
                .satisfies(r -> {
                    assertThat(r.groupId()).isEqualTo(past.getId());
                    assertThat(r.endsOn()).isEqualTo(today().minusDays(1));
                    assertThat(r.period()).isEqualTo(period.getName());
                });
    }

    @Test
    void searchFiltersByPeriodStatusTrainerAndFreePlaces() {
        Period period = period();
        Period other = period();
        Trainer teacher = trainer();
        CourseGroup taught = group(period, 1, GroupStatus.RUNNING, Set.of(teacher));
        CourseGroup planned = group(period, 3, GroupStatus.PLANNED, Set.of());
        CourseGroup elsewhere = group(other, 3, GroupStatus.RUNNING, Set.of());
        enrolments.enrol(taught.getId(), pupil(), today(), null, false);

        assertThat(found(new GroupFilter(null, period.getId(), null, null, null, false)))
                .containsExactlyInAnyOrder(taught.getId(), planned.getId());
        assertThat(found(new GroupFilter(null, period.getId(), null, null, GroupStatus.RUNNING, false)))
                .containsExactly(taught.getId());
        assertThat(found(new GroupFilter(null, null, null, teacher.getId(), null, false)))
                .containsExactly(taught.getId());
        assertThat(found(new GroupFilter(null, period.getId(), null, null, null, true)))
                .containsExactly(planned.getId());
        assertThat(found(new GroupFilter(null, other.getId(), null, null, null, true)))
                .containsExactly(elsewhere.getId());
        assertThat(found(new GroupFilter(taught.getName(), null, taught.getSubject().getId(), null, null, false)))
                .containsExactly(taught.getId());
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerCannotEnrol() {
        assertThatThrownBy(() -> enrolments.enrol(1L, 1L, LocalDate.now(clock), null, false))
                .isInstanceOf(AccessDeniedException.class);
    }
}
