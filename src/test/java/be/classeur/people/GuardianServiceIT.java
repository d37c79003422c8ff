package be.classeur.people;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class GuardianServiceIT {
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    Clock clock;

    private Pupil pupil(String firstName, String lastName, int age) {
        Pupil pupil = new Pupil();
        pupil.setFirstName(firstName);
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(age).minusDays(10));
        return pupil;
    }

    private static Guardian guardian(String firstName, String lastName) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        guardian.setEmail(firstName.toLowerCase() + "@exemple.be");
        return guardian;
    }

    /** Saves a minor with one new guardian and returns the pupil id and the guardian id. */
    private long[] minorWithOneGuardian(String family) {
        Pupil saved = pupils.save(pupil("Léo", family, 11),
                List.of(GuardianLinkDraft.newGuardian(guardian("Céline", family), Relationship.MOTHER)));
        long guardianId = pupils.guardiansOf(saved.getId()).get(0).guardianId();
        return new long[] {saved.getId(), guardianId};
    }

    @Test
    void removingTheLastGuardianOfAMinorIsRefusedAndNothingIsSaved() {
        String family = unique("Dernier");
        long[] ids = minorWithOneGuardian(family);
        Guardian guardian = guardians.forEdit(ids[1]);
        guardian.setFirstName("Changée");

        assertThatThrownBy(() -> guardians.save(guardian, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("people.guardian.error.lastGuardianOfMinor");
                    assertThat(e.arguments()).containsExactly("Léo " + family);
                });

        assertThat(pupils.guardiansOf(ids[0])).extracting(LinkRow::guardianId).containsExactly(ids[1]);
        assertThat(guardians.pupilsOf(ids[1])).extracting(LinkRow::pupilId).containsExactly(ids[0]);
        assertThat(guardians.forEdit(ids[1]).getFirstName()).as("the guardian change rolled back with the refusal")
                .isEqualTo("Céline");
    }

    @Test
    void removingOneOfTwoGuardiansOfAMinorIsAllowed() {
        String family = unique("DeuxParents");
        Pupil saved = pupils.save(pupil("Noé", family, 7), List.of(
                GuardianLinkDraft.newGuardian(guardian("Aline", family), Relationship.MOTHER),
                GuardianLinkDraft.newGuardian(guardian("Bernard", family), Relationship.FATHER)));
        List<LinkRow> links = pupils.guardiansOf(saved.getId());
        assertThat(links).hasSize(2);
        long father = links.stream().filter(l -> l.relationship() == Relationship.FATHER).findFirst().orElseThrow().guardianId();
        long mother = links.stream().filter(l -> l.relationship() == Relationship.MOTHER).findFirst().orElseThrow().guardianId();

        guardians.save(guardians.forEdit(father), List.of());

        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::guardianId).containsExactly(mother);
        assertThat(guardians.pupilsOf(father)).isEmpty();

        // and now the mother is the last one
        assertThatThrownBy(() -> guardians.save(guardians.forEdit(mother), List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.guardian.error.lastGuardianOfMinor"));
        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::guardianId).containsExactly(mother);
    }

    @Test
    void theLastGuardianOfAnAdultPupilMayBeRemoved() {
        String family = unique("Majeur");
        Pupil saved = pupils.save(pupil("Adam", family, 19),
                List.of(GuardianLinkDraft.newGuardian(guardian("Diane", family), Relationship.MOTHER)));
        long guardianId = pupils.guardiansOf(saved.getId()).get(0).guardianId();

        guardians.save(guardians.forEdit(guardianId), List.of());

        assertThat(pupils.guardiansOf(saved.getId())).isEmpty();
    }

    @Test
    void linksEditedFromTheGuardianSideAreVisibleFromThePupilSide() {
        String family = unique("Fratrie");
        long[] ids = minorWithOneGuardian(family);
        long firstChild = ids[0];
        long guardianId = ids[1];
        // a sibling who already has another guardian
        Pupil sibling = pupils.save(pupil("Maya", family, 14),
                List.of(GuardianLinkDraft.newGuardian(guardian("Grégoire", family), Relationship.FATHER)));

        Guardian guardian = guardians.forEdit(guardianId);
        guardian.setPhone("0478 12 34 56");
        guardians.save(guardian, List.of(
                new PupilLinkDraft(firstChild, Relationship.LEGAL_GUARDIAN),
                new PupilLinkDraft(sibling.getId(), Relationship.MOTHER)));

        assertThat(pupils.guardiansOf(firstChild)).singleElement().satisfies(link -> {
            assertThat(link.guardianId()).isEqualTo(guardianId);
            assertThat(link.relationship()).isEqualTo(Relationship.LEGAL_GUARDIAN);
            assertThat(link.guardianPhone()).isEqualTo("+32 478 12 34 56");
        });
        assertThat(pupils.guardiansOf(sibling.getId()))
                .extracting(LinkRow::guardianName, LinkRow::relationship)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Céline " + family, Relationship.MOTHER),
                        org.assertj.core.groups.Tuple.tuple("Grégoire " + family, Relationship.FATHER));
        assertThat(guardians.pupilsOf(guardianId)).extracting(LinkRow::pupilId)
                .containsExactlyInAnyOrder(firstChild, sibling.getId());
        assertThat(guardians.detail(guardianId).pupils()).hasSize(2);
    }

    @Test
    void aStaleGuardianCopyIsRefused() {
        String family = unique("VieuxParent");
        long guardianId = minorWithOneGuardian(family)[1];
        Guardian first = guardians.forEdit(guardianId);
        Guardian second = guardians.forEdit(guardianId);
        long pupilId = guardians.pupilsOf(guardianId).get(0).pupilId();

        first.setCity("Wavre");
        guardians.save(first, List.of(new PupilLinkDraft(pupilId, Relationship.MOTHER)));
        second.setCity("Nivelles");

        assertThatThrownBy(() -> guardians.save(second, List.of(new PupilLinkDraft(pupilId, Relationship.MOTHER))))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(guardians.forEdit(guardianId).getCity()).isEqualTo("Wavre");
    }

    @Test
    void aGuardianIsFoundByFirstAndLastName() {
        String family = unique("Recherche");
        long guardianId = minorWithOneGuardian(family)[1];

        assertThat(guardians.search(new PersonFilter("céline " + family, ArchiveFilter.ACTIVE), PageRequest.of(0, 10)).getContent())
                .extracting(PersonRow::id).containsExactly(guardianId);
    }
}
