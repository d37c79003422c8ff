package be.classeur.people;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.audit.AuditLog;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilStage;
import be.classeur.people.domain.Relationship;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class PupilServiceIT {
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Pupil pupil(String firstName, String lastName, LocalDate birthDate) {
        Pupil pupil = new Pupil();
        pupil.setFirstName(firstName);
        pupil.setLastName(lastName);
        pupil.setBirthDate(birthDate);
        pupil.setPostalCode("1348");
        pupil.setCity("Louvain-la-Neuve");
        return pupil;
    }

    private Pupil adult(String firstName, String lastName) {
        return pupil(firstName, lastName, today().minusYears(30));
    }

    private static Guardian guardian(String firstName, String lastName) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        guardian.setPhone("0470 11 22 33");
        guardian.setEmail("parent@exemple.be");
        return guardian;
    }

    private List<PupilRow> search(String text, PupilStage stage, SchoolYear year, ArchiveFilter archive) {
        return pupils.search(new PupilFilter(text, stage, year, archive), PageRequest.of(0, 50)).getContent();
    }

    private List<Long> idsFound(String text, ArchiveFilter archive) {
        return search(text, null, null, archive).stream().map(PupilRow::id).toList();
    }

    @Test
    void aPupilSavedWithANewGuardianCreatesBothAndLinksThem() {
        String family = unique("Famille");
        Guardian mother = guardian("Claire", family);

        Pupil saved = pupils.save(pupil("Léa", family, today().minusYears(10)),
                List.of(GuardianLinkDraft.newGuardian(mother, Relationship.MOTHER)));

        assertThat(saved.getId()).isNotNull();
        List<LinkRow> links = pupils.guardiansOf(saved.getId());
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.guardianId()).isNotNull();
            assertThat(link.guardianName()).isEqualTo("Claire " + family);
            assertThat(link.guardianPhone()).isEqualTo("+32 470 11 22 33");
            assertThat(link.relationship()).isEqualTo(Relationship.MOTHER);
        });
        long guardianId = links.get(0).guardianId();
        assertThat(guardians.pupilsOf(guardianId)).singleElement().satisfies(link -> {
            assertThat(link.pupilId()).isEqualTo(saved.getId());
            assertThat(link.pupilName()).isEqualTo("Léa " + family);
        });
        assertThat(guardians.search(new PersonFilter(family, ArchiveFilter.ALL), PageRequest.of(0, 10)).getContent())
                .extracting(PersonRow::id).containsExactly(guardianId);
        assertThat(pupils.detail(saved.getId()).guardians()).extracting(LinkRow::guardianId).containsExactly(guardianId);
    }

    @Test
    void aMinorWithoutGuardianIsRefusedAndNothingIsSaved() {
        String name = unique("Mineur");

        assertThatThrownBy(() -> pupils.save(pupil("Tom", name, today().minusYears(10)), List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.pupil.error.minorWithoutGuardian"));

        assertThat(idsFound(name, ArchiveFilter.ALL)).isEmpty();
    }

    @Test
    void aPupilWithoutBirthDateInPrimarySchoolCountsAsMinor() {
        String name = unique("SansDate");
        Pupil pupil = pupil("Zoé", name, null);
        pupil.setSchoolYear(SchoolYear.P4);

        assertThatThrownBy(() -> pupils.save(pupil, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.pupil.error.minorWithoutGuardian"));
        assertThat(idsFound(name, ArchiveFilter.ALL)).isEmpty();
    }

    @Test
    void anAdultWithoutGuardianIsSaved() {
        String name = unique("Adulte");

        Pupil saved = pupils.save(adult("Marc", name), List.of());

        assertThat(saved.getId()).isNotNull();
        assertThat(idsFound(name, ArchiveFilter.ACTIVE)).containsExactly(saved.getId());
        assertThat(pupils.guardiansOf(saved.getId())).isEmpty();
    }

    @Test
    void searchFindsByEachWordOfTheTextCaseInsensitively() {
        String name = unique("Texte");
        Pupil anna = pupils.save(adult("Anna", name), List.of());
        Pupil bruno = pupils.save(adult("Bruno", name), List.of());

        assertThat(idsFound(name, ArchiveFilter.ACTIVE)).containsExactlyInAnyOrder(anna.getId(), bruno.getId());
        assertThat(idsFound(name.toUpperCase(), ArchiveFilter.ACTIVE)).containsExactlyInAnyOrder(anna.getId(), bruno.getId());
        assertThat(idsFound("anna " + name, ArchiveFilter.ACTIVE)).containsExactly(anna.getId());
        assertThat(idsFound("  " + name.substring(2) + "  brU ", ArchiveFilter.ACTIVE)).containsExactly(bruno.getId());
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainCharacters() {
        String name = unique("Joker");
        pupils.save(adult("Anna", name), List.of());

        assertThat(idsFound(name + "%", ArchiveFilter.ALL)).isEmpty();
        assertThat(idsFound(name.substring(0, 3) + "_" + name.substring(4), ArchiveFilter.ALL)).isEmpty();
    }

    @Test
    void searchFiltersByStage() {
        String name = unique("Etape");
        Pupil enrolled = adult("Inès", name);
        enrolled.setStage(PupilStage.ENROLLED);
        Pupil former = adult("Omar", name);
        former.setStage(PupilStage.FORMER);
        long enrolledId = pupils.save(enrolled, List.of()).getId();
        long formerId = pupils.save(former, List.of()).getId();

        assertThat(search(name, PupilStage.FORMER, null, ArchiveFilter.ACTIVE)).extracting(PupilRow::id).containsExactly(formerId);
        assertThat(search(name, PupilStage.ENROLLED, null, ArchiveFilter.ACTIVE)).extracting(PupilRow::id).containsExactly(enrolledId);
        assertThat(search(name, PupilStage.INQUIRY, null, ArchiveFilter.ACTIVE)).isEmpty();
    }

    @Test
    void searchFiltersBySchoolYear() {
        String name = unique("Annee");
        Pupil third = adult("Jules", name);
        third.setSchoolYear(SchoolYear.S3);
        Pupil higher = adult("Nina", name);
        higher.setSchoolYear(SchoolYear.HIGHER);
        long thirdId = pupils.save(third, List.of()).getId();
        long higherId = pupils.save(higher, List.of()).getId();

        assertThat(search(name, null, SchoolYear.S3, ArchiveFilter.ACTIVE)).extracting(PupilRow::id).containsExactly(thirdId);
        assertThat(search(name, null, SchoolYear.HIGHER, ArchiveFilter.ACTIVE)).extracting(PupilRow::id).containsExactly(higherId);
        assertThat(search(name, null, SchoolYear.P1, ArchiveFilter.ACTIVE)).isEmpty();
        assertThat(search(name, null, null, ArchiveFilter.ACTIVE)).extracting(PupilRow::schoolYear)
                .containsExactlyInAnyOrder(SchoolYear.S3, SchoolYear.HIGHER);
    }

    @Test
    void aPhoneTypedInNationalFormFindsTheStoredInternationalNumber() {
        // 0479 + six digits that no demo number is likely to share
        String digits = String.format("%06d", System.nanoTime() % 1_000_000);
        String national = "0479" + digits;
        Pupil pupil = adult("Hugo", unique("Tel"));
        pupil.setPhone(national.substring(0, 4) + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4));
        Pupil saved = pupils.save(pupil, List.of());

        String stored = "+32 479 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4);
        assertThat(saved.getPhone()).isEqualTo(stored);
        assertThat(pupils.forEdit(saved.getId()).getPhone()).isEqualTo(stored);

        assertThat(idsFound(national, ArchiveFilter.ACTIVE)).contains(saved.getId());
        assertThat(idsFound("0479/" + digits.substring(0, 2) + "." + digits.substring(2), ArchiveFilter.ACTIVE)).contains(saved.getId());
        assertThat(idsFound("+32479" + digits, ArchiveFilter.ACTIVE)).contains(saved.getId());
        // typed as people write it, with spaces between the groups
        assertThat(idsFound("0479 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4),
                ArchiveFilter.ACTIVE)).contains(saved.getId());
        assertThat(idsFound("+32 479 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4),
                ArchiveFilter.ACTIVE)).contains(saved.getId());
        assertThat(idsFound("0479" + digits.substring(0, 4), ArchiveFilter.ACTIVE)).contains(saved.getId());
        assertThat(search(national, null, null, ArchiveFilter.ACTIVE)).filteredOn(row -> row.id().equals(saved.getId()))
                .singleElement().extracting(PupilRow::phone).isEqualTo(stored);
    }

    @Test
    void anArchivedPupilIsHiddenFromTheDefaultSearchButFoundAmongTheArchived() {
        String name = unique("Archive");
        Pupil saved = pupils.save(adult("Rose", name), List.of());

        pupils.archive(saved.getId(), pupils.forEdit(saved.getId()).getVersion());

        assertThat(idsFound(name, ArchiveFilter.ACTIVE)).isEmpty();
        assertThat(search(name, null, null, null)).as("no archive filter means active only").isEmpty();
        assertThat(search(name, null, null, ArchiveFilter.ARCHIVED)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(saved.getId());
            assertThat(row.archived()).isTrue();
        });
        assertThat(idsFound(name, ArchiveFilter.ALL)).containsExactly(saved.getId());
        assertThat(pupils.forEdit(saved.getId()).getArchivedAt()).isNotNull();

        pupils.restore(saved.getId(), pupils.forEdit(saved.getId()).getVersion());

        assertThat(idsFound(name, ArchiveFilter.ACTIVE)).containsExactly(saved.getId());
        assertThat(idsFound(name, ArchiveFilter.ARCHIVED)).isEmpty();
    }

    @Test
    void aSecondWriterWithAStaleCopyIsRefusedAndTheFirstWriterKeepsTheirChange() {
        String name = unique("Verrou");
        long id = pupils.save(adult("Paul", name), List.of()).getId();
        Pupil first = pupils.forEdit(id);
        Pupil second = pupils.forEdit(id);

        first.setNotes("écrit par le premier");
        pupils.save(first, List.of());
        second.setNotes("écrit par le second");

        assertThatThrownBy(() -> pupils.save(second, List.of()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pupils.forEdit(id).getNotes()).isEqualTo("écrit par le premier");
    }

    @Test
    void aStaleCopyOfAMinorWithGuardiansIsRefusedAndTheLinksAreUntouched() {
        String family = unique("VerrouFamille");
        Pupil saved = pupils.save(pupil("Eva", family, today().minusYears(9)),
                List.of(GuardianLinkDraft.newGuardian(guardian("Sophie", family), Relationship.MOTHER)));
        long guardianId = pupils.guardiansOf(saved.getId()).get(0).guardianId();
        Pupil first = pupils.forEdit(saved.getId());
        Pupil second = pupils.forEdit(saved.getId());

        first.setFirstName("Eva-Marie");
        pupils.save(first, List.of(GuardianLinkDraft.existing(guardianId, Relationship.MOTHER)));
        second.setFirstName("Evelyne");

        assertThatThrownBy(() -> pupils.save(second, List.of(GuardianLinkDraft.existing(guardianId, Relationship.LEGAL_GUARDIAN))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pupils.forEdit(saved.getId()).getFirstName()).isEqualTo("Eva-Marie");
        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::relationship).containsExactly(Relationship.MOTHER);
    }

    @Test
    void archivingWithAStaleVersionIsRefused() {
        String name = unique("ArchiveVieux");
        long id = pupils.save(adult("Luc", name), List.of()).getId();
        Pupil stale = pupils.forEdit(id);
        Pupil fresh = pupils.forEdit(id);
        fresh.setNotes("modifié entre-temps");
        pupils.save(fresh, List.of());

        assertThatThrownBy(() -> pupils.archive(id, stale.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pupils.forEdit(id).isArchived()).isFalse();
        assertThat(idsFound(name, ArchiveFilter.ACTIVE)).containsExactly(id);
    }

    private List<PupilRow> sorted(String name, Sort sort) {
        return pupils.search(new PupilFilter(name, null, null, ArchiveFilter.ACTIVE), PageRequest.of(0, 50, sort)).getContent();
    }

    private Pupil savedIn(SchoolYear year, String firstName, String name) {
        Pupil pupil = adult(firstName, name);
        pupil.setSchoolYear(year);
        return pupils.save(pupil, List.of());
    }

    @Test
    void theSchoolYearColumnSortsInSchoolOrderNotByTheStoredCodes() {
        String name = unique("Ordre");
        // Alphabetically the stored codes read ADULT, HIGHER, P2, P6, S1: adults would come first.
        savedIn(SchoolYear.ADULT, "Ada", name);
        savedIn(SchoolYear.S1, "Bob", name);
        savedIn(SchoolYear.HIGHER, "Cléo", name);
        savedIn(SchoolYear.P6, "Dan", name);
        savedIn(SchoolYear.P2, "Eve", name);
        List<SchoolYear> inSchoolOrder = List.of(SchoolYear.P2, SchoolYear.P6, SchoolYear.S1, SchoolYear.HIGHER, SchoolYear.ADULT);

        assertThat(sorted(name, Sort.by(PupilService.SCHOOL_ORDER))).extracting(PupilRow::schoolYear).containsExactlyElementsOf(inSchoolOrder);
        assertThat(sorted(name, Sort.by("schoolYear"))).extracting(PupilRow::schoolYear).containsExactlyElementsOf(inSchoolOrder);
        assertThat(sorted(name, Sort.by(Sort.Direction.DESC, PupilService.SCHOOL_ORDER))).extracting(PupilRow::schoolYear)
                .containsExactlyElementsOf(inSchoolOrder.reversed());
    }

    @Test
    void aChangedSchoolYearTakesItsNewPlaceInTheOrder() {
        String name = unique("Passage");
        Pupil moving = savedIn(SchoolYear.P2, "Ada", name);
        savedIn(SchoolYear.S1, "Bob", name);

        Pupil edited = pupils.forEdit(moving.getId());
        edited.setSchoolYear(SchoolYear.ADULT);
        pupils.save(edited, List.of());

        assertThat(sorted(name, Sort.by(PupilService.SCHOOL_ORDER))).extracting(PupilRow::schoolYear)
                .containsExactly(SchoolYear.S1, SchoolYear.ADULT);
    }

    @Test
    void theStageColumnSortsInLifeCycleOrder() {
        String name = unique("Cycle");
        for (PupilStage stage : List.of(PupilStage.FORMER, PupilStage.INQUIRY, PupilStage.ENROLLED)) {
            Pupil pupil = adult("Al", name);
            pupil.setStage(stage);
            pupils.save(pupil, List.of());
        }

        // Alphabetically: ENROLLED, FORMER, INQUIRY.
        assertThat(sorted(name, Sort.by(PupilService.LIFE_CYCLE_ORDER))).extracting(PupilRow::stage)
                .containsExactly(PupilStage.INQUIRY, PupilStage.ENROLLED, PupilStage.FORMER);
        assertThat(sorted(name, Sort.by("stage"))).extracting(PupilRow::stage)
                .containsExactly(PupilStage.INQUIRY, PupilStage.ENROLLED, PupilStage.FORMER);
    }

    /** Existing rows were ranked by the changeset: its numbers must be the ones the entity writes. */
    @Test
    void theChangesetRanksExistingRowsAsTheEntityDoes() throws java.io.IOException {
        String changeset = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/db/changelog/2026/12/01-people-school-order.yaml"));
        java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
        java.util.regex.Matcher when = java.util.regex.Pattern.compile("when '(\\w+)' then (\\d+)").matcher(changeset);
        while (when.find()) {
            ranks.put(when.group(1), Integer.parseInt(when.group(2)));
        }
        for (SchoolYear year : SchoolYear.values()) {
            assertThat(ranks.get(year.name())).as(year.name()).isEqualTo(year.schoolOrder());
        }
        for (PupilStage stage : PupilStage.values()) {
            assertThat(ranks.get(stage.name())).as(stage.name()).isEqualTo(stage.lifeCycleOrder());
        }
    }

    @Test
    void sortingOnAPropertyThatIsNotAllowedIsIgnored() {
        String name = unique("Tri");
        Pupil b = pupils.save(adult("Bertrand", name), List.of());
        Pupil a = pupils.save(adult("Albert", name), List.of());

        Slice<PupilRow> bySecret = pupils.search(new PupilFilter(name, null, null, ArchiveFilter.ACTIVE),
                PageRequest.of(0, 10, Sort.by("passwordHash").and(Sort.by("guardianLinks"))));
        Slice<PupilRow> byFirstNameDesc = pupils.search(new PupilFilter(name, null, null, ArchiveFilter.ACTIVE),
                PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "firstName").and(Sort.by("notes"))));

        // the default sort (last name, first name) applies
        assertThat(bySecret.getContent()).extracting(PupilRow::id).containsExactly(a.getId(), b.getId());
        assertThat(byFirstNameDesc.getContent()).extracting(PupilRow::id).containsExactly(b.getId(), a.getId());
    }

    @Test
    void anInvalidPhoneIsRefusedWithAConstraintViolationAndNothingIsSaved() {
        String name = unique("MauvaisTel");
        Pupil pupil = adult("Yann", name);
        pupil.setPhone("0470 12");

        assertThatThrownBy(() -> pupils.save(pupil, List.of()))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .anySatisfy(v -> assertThat(v.getPropertyPath()).hasToString("phone")));
        assertThat(idsFound(name, ArchiveFilter.ALL)).isEmpty();
    }

    @Test
    void anInvalidNewGuardianRefusesTheWholeSave() {
        String family = unique("MauvaisParent");
        Guardian invalid = guardian("Karim", family);
        invalid.setEmail("pas-une-adresse");

        assertThatThrownBy(() -> pupils.save(pupil("Ali", family, today().minusYears(8)),
                List.of(GuardianLinkDraft.newGuardian(invalid, Relationship.FATHER))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(idsFound(family, ArchiveFilter.ALL)).isEmpty();
        assertThat(guardians.search(new PersonFilter(family, ArchiveFilter.ALL), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void creatingAndOpeningAPupilLeavesAuditLines() {
        long id = pupils.save(adult("Iris", unique("Audit")), List.of()).getId();

        pupils.detail(id);

        assertThat(auditLog.latestAbout(DataSubjectRef.pupil(id), 10))
                .extracting(AuditLog.AuditLine::action).contains("CREATED", "VIEWED");
        assertThat(auditLog.latestAbout(DataSubjectRef.pupil(id), 10))
                .allSatisfy(line -> assertThat(line.actor()).as("by account, not login").isEqualTo(be.classeur.kernel.Actors.currentRoles() + " #" + be.classeur.kernel.Actors.currentAccountId()));
    }
}
