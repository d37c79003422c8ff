package be.classeur.consent;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentGiver;
import be.classeur.consent.domain.ConsentRecord;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.erasure.Erasure;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The consent ledger on the real database and security: supersession, the minors' rules, the news audience, export and erasure. */
@SpringBootTest
@WithUserDetails("admin")
class ConsentLedgerIT {
    @Autowired
    ConsentLedger ledger;
    @Autowired
    Erasure erasure;
    @Autowired
    ActivityNews news;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    List<PersonalDataHandler> handlers;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void softOptInOff() {
        jdbc.update("update processing_activity set soft_opt_in = false where code = 'ACTIVITY_NEWS'");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long guardian(String firstName, String lastName, @Nullable String email) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        guardian.setEmail(email);
        return guardians.save(guardian, List.of()).getId();
    }

    private long pupil(String lastName, @Nullable LocalDate birthDate, List<GuardianLinkDraft> links) {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Lou");
        pupil.setLastName(lastName);
        pupil.setBirthDate(birthDate);
        return pupils.save(pupil, links).getId();
    }

    private ConsentEntry record(DataSubjectRef person, String purpose, ConsentStatus status, LocalDate when, @Nullable Long guardian) {
        return ledger.record(new ConsentChoice(person, purpose, status, when, ConsentChannel.PAPER_FORM, null, "2026-09",
                "formulaire signé", guardian));
    }

    private ConsentEntry record(DataSubjectRef person, ConsentStatus status, @Nullable Long guardian) {
        return record(person, "PHOTOS", status, today(), guardian);
    }

    @Test
    void aNewChoiceSupersedesTheLastAndTheHistoryStaysUnchanged() {
        DataSubjectRef g = DataSubjectRef.guardian(guardian("Gina", unique("Ledger"), null));
        ConsentEntry first = record(g, ConsentStatus.GRANTED, null);
        assertThat(ledger.inForce(g, "PHOTOS")).isTrue();
        assertThat(first.givenBy()).isEqualTo(ConsentGiver.SELF);
        assertThat(first.recordedBy()).isEqualTo("admin");

        record(g, ConsentStatus.WITHDRAWN, null);
        assertThat(ledger.inForce(g, "PHOTOS")).isFalse();
        assertThat(ledger.current(g)).filteredOn(s -> s.purpose().equals("PHOTOS")).singleElement()
                .satisfies(s -> assertThat(s.current()).extracting(ConsentEntry::status).containsExactly(ConsentStatus.WITHDRAWN));
        record(g, ConsentStatus.GRANTED, null);
        assertThat(ledger.inForce(g, "PHOTOS")).isTrue();

        assertThat(ledger.history(g, PageRequest.of(0, 10)).getContent()).extracting(ConsentEntry::status)
                .containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN, ConsentStatus.GRANTED);
        assertThat(jdbc.queryForObject("select status from consent_record where id = ?", String.class, first.id()))
                .as("the first record is never updated").isEqualTo("GRANTED");
        assertThat(Arrays.stream(ConsentRecord.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .as("records have no setters").noneMatch(n -> n.startsWith("set"));
        assertThat(ledger.current(g)).extracting(PurposeState::purpose)
                .as("only purposes with per-person records").containsExactly("ACTIVITY_NEWS", "PHOTOS");
    }

    @Test
    void underThirteenOnlyALinkedParentOrLegalGuardianChoosesAndIsNamed() {
        String family = unique("Petit");
        long mother = guardian("Maman", family, null);
        long grandmother = guardian("Mamie", family, null);
        long stranger = guardian("Autre", family, null);
        DataSubjectRef child = DataSubjectRef.pupil(pupil(family, today().minusYears(10),
                List.of(GuardianLinkDraft.existing(mother, Relationship.MOTHER),
                        GuardianLinkDraft.existing(grandmother, Relationship.GRANDPARENT))));

        assertThatThrownBy(() -> record(child, ConsentStatus.GRANTED, null)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.underThirteen");
        assertThatThrownBy(() -> record(child, ConsentStatus.GRANTED, stranger)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.notRepresentative");
        assertThatThrownBy(() -> record(child, ConsentStatus.GRANTED, grandmother)).as("a contact, not a representative")
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("consent.error.notRepresentative");

        ConsentEntry given = record(child, ConsentStatus.GRANTED, mother);
        assertThat(given.givenBy()).isEqualTo(ConsentGiver.GUARDIAN);
        assertThat(given.guardianId()).isEqualTo(mother);
        assertThat(given.guardianName()).isEqualTo("Maman " + family);
        assertThat(given.guardianRelationship()).isEqualTo(Relationship.MOTHER);
        assertThat(ledger.inForce(child, "PHOTOS")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'PUPIL' and person_id = ?",
                Integer.class, child.id())).isEqualTo(1);
    }

    @Test
    void fromThirteenThePupilsAndTheParentsChoicesAreBothRecordedAndEitherNoStopsIt() {
        String family = unique("Ado");
        long father = guardian("Papa", family, null);
        DataSubjectRef teen = DataSubjectRef.pupil(pupil(family, today().minusYears(15),
                List.of(GuardianLinkDraft.existing(father, Relationship.FATHER))));

        record(teen, ConsentStatus.GRANTED, null);
        record(teen, ConsentStatus.GRANTED, father);
        assertThat(ledger.inForce(teen, "PHOTOS")).isTrue();

        record(teen, ConsentStatus.REFUSED, father);
        assertThat(ledger.inForce(teen, "PHOTOS")).as("the parent refused").isFalse();
        assertThat(ledger.current(teen)).filteredOn(s -> s.purpose().equals("PHOTOS")).singleElement()
                .satisfies(s -> assertThat(s.current()).extracting(ConsentEntry::givenBy, ConsentEntry::status)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ConsentGiver.SELF, ConsentStatus.GRANTED),
                                org.assertj.core.groups.Tuple.tuple(ConsentGiver.GUARDIAN, ConsentStatus.REFUSED)));

        record(teen, ConsentStatus.GRANTED, father);
        record(teen, ConsentStatus.WITHDRAWN, null);
        assertThat(ledger.inForce(teen, "PHOTOS")).as("the pupil withdrew").isFalse();

        assertThatThrownBy(() -> record(teen, "PHOTOS", ConsentStatus.GRANTED, today().minusYears(3), null))
                .as("the age on the day of the choice counts").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.underThirteen");
    }

    @Test
    void aPupilWithoutBirthDateIsCheckedFirstAndOtherRulesHold() {
        String family = unique("SansDate");
        long parent = guardian("Parent", family, null);
        DataSubjectRef pupil = DataSubjectRef.pupil(pupil(family, null,
                List.of(GuardianLinkDraft.existing(parent, Relationship.PARENT))));
        assertThatThrownBy(() -> record(pupil, ConsentStatus.GRANTED, parent)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.birthDateMissing");
        assertThatThrownBy(() -> record(pupil, ConsentStatus.GRANTED, null)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.birthDateMissing");

        DataSubjectRef guardian = DataSubjectRef.guardian(parent);
        assertThatThrownBy(() -> record(guardian, "WEB_ANALYTICS", ConsentStatus.GRANTED, today(), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("consent.error.notRecordedPerPerson");
        assertThatThrownBy(() -> record(guardian, ConsentStatus.GRANTED, parent)).as("a guardian decides for themself")
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("consent.error.decidesForThemself");
        assertThatThrownBy(() -> record(guardian, "PHOTOS", ConsentStatus.GRANTED, today().plusDays(1), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("consent.error.future");

        jdbc.update("update guardian set anonymised_at = current_timestamp where id = ?", parent);
        assertThatThrownBy(() -> record(guardian, ConsentStatus.REFUSED, null)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("consent.error.anonymised");
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_id in (?, ?)", Integer.class,
                parent, pupil.id())).isZero();
    }

    @Test
    void fromEighteenAParentsChoiceMadeForTheChildNoLongerCountsAndOnlyTheParentsOfAChildMakeAnExistingFamily() {
        String family = unique("Majeure");
        long mother = guardian("Mere", family, unique("m") + "@example.org");
        long neighbour = guardian("Voisine", family, unique("v") + "@example.org");
        DataSubjectRef adult = DataSubjectRef.pupil(pupil(family, today().minusYears(19),
                List.of(GuardianLinkDraft.existing(mother, Relationship.MOTHER))));
        record(adult, "PHOTOS", ConsentStatus.GRANTED, today().minusYears(10), mother);
        assertThat(ledger.inForce(adult, "PHOTOS")).as("granted by the mother when she was nine; she is 19 now").isFalse();
        record(adult, "PHOTOS", ConsentStatus.GRANTED, today(), null);
        assertThat(ledger.inForce(adult, "PHOTOS")).as("her own grant").isTrue();

        // The soft opt-in reaches existing families: a parent, not a neighbour linked as a contact only.
        pupil(family, today().minusYears(8), List.of(GuardianLinkDraft.existing(mother, Relationship.MOTHER),
                GuardianLinkDraft.existing(neighbour, Relationship.OTHER_CONTACT)));
        jdbc.update("update processing_activity set soft_opt_in = true where code = 'ACTIVITY_NEWS'");
        assertThat(news.mayReceiveActivityNews(DataSubjectRef.guardian(mother))).isTrue();
        assertThat(news.mayReceiveActivityNews(DataSubjectRef.guardian(neighbour))).isFalse();
        assertThat(news.activityNewsAudience(PersonKind.GUARDIAN, family, PageRequest.of(0, 10)).getContent())
                .extracting(PersonRow::id).contains(mother).doesNotContain(neighbour);
    }

    @Test
    void theNewsAudienceComesFromTheLedgerTheSoftOptInAndTheSuppressionList() {
        String family = unique("News");
        long known = guardian("Connue", family, "connue@example.org");
        long consented = guardian("Accord", family, "accord@example.org");
        long objected = guardian("Objecte", family, "objecte@example.org");
        long stranger = guardian("Inconnue", family, "inconnue@example.org");
        long noEmail = guardian("Sansmail", family, null);
        // An erased guardian's e-mail typed in again: the real suppression list recognises the new record.
        String reused = unique("reconnue") + "@example.org";
        long erased = guardian("Effacee", family, reused);
        as(users, "dpo", () -> {
            erasure.erase(DataSubjectRef.guardian(erased), "Personne-test-" + erased, "test");
            return null;
        });
        long recognised = guardian("Reconnue", family, reused);
        pupil(family, today().minusYears(9), List.of(GuardianLinkDraft.existing(known, Relationship.MOTHER),
                GuardianLinkDraft.existing(objected, Relationship.FATHER), GuardianLinkDraft.existing(noEmail, Relationship.PARENT)));
        for (long id : List.of(consented, noEmail, recognised)) {
            record(DataSubjectRef.guardian(id), "ACTIVITY_NEWS", ConsentStatus.GRANTED, today(), null);
        }
        assertThat(ledger.withdraw(DataSubjectRef.guardian(objected), ActivityNews.PURPOSE, ConsentChannel.EMAIL, null,
                null, "ne souhaite plus")).as("the objection under the soft opt-in").isEqualTo(1);
        assertThat(ledger.withdraw(DataSubjectRef.guardian(objected), ActivityNews.PURPOSE, ConsentChannel.EMAIL, null,
                null, null)).as("already objecting").isZero();

        assertThat(audience(family)).as("prior consent only").containsExactly(consented);
        assertThat(mayReceive(known, consented, objected, stranger, noEmail, recognised)).containsExactly(consented);

        jdbc.update("update processing_activity set soft_opt_in = true where code = 'ACTIVITY_NEWS'");
        assertThat(audience(family)).as("with the soft opt-in: the known family too, not the objector")
                .containsExactlyInAnyOrder(known, consented);
        assertThat(mayReceive(known, consented, objected, stranger, noEmail, recognised)).containsExactlyInAnyOrder(known, consented);

        assertThatThrownBy(() -> as(users, "formateur", () -> news.activityNewsAudience(PersonKind.GUARDIAN, family, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> audience(String family) {
        return news.activityNewsAudience(PersonKind.GUARDIAN, family, PageRequest.of(0, 20)).map(PersonRow::id).getContent();
    }

    private List<Long> mayReceive(long... ids) {
        return Arrays.stream(ids).filter(id -> news.mayReceiveActivityNews(DataSubjectRef.guardian(id))).boxed().toList();
    }

    @Test
    void theExportHoldsEveryRecordAndErasureLeavesNone() {
        String family = unique("Export");
        long parent = guardian("Exp", family, null);
        DataSubjectRef child = DataSubjectRef.pupil(pupil(family, today().minusYears(8),
                List.of(GuardianLinkDraft.existing(parent, Relationship.LEGAL_GUARDIAN))));
        record(child, ConsentStatus.GRANTED, parent);
        record(child, ConsentStatus.WITHDRAWN, parent);
        PersonalDataHandler consent = handlers.stream().filter(h -> h instanceof ConsentPersonalData).findFirst().orElseThrow();

        as(users, "dpo", () -> {
            assertThat(consent.coverage()).containsExactly(ConsentRecord.class);
            assertThat(consent.describe(child).held()).containsExactly("privacy.held.consent.records");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) consent.export(child).get("consents");
            assertThat(rows).extracting(r -> r.get("consentStatus")).containsExactly("WITHDRAWN", "GRANTED");
            assertThat(rows.getFirst()).containsEntry("purpose", "PHOTOS").containsEntry("consentChannel", "PAPER_FORM")
                    .containsEntry("policyVersion", "2026-09").containsEntry("giver", "GUARDIAN")
                    .containsEntry("guardianRelationship", "LEGAL_GUARDIAN").containsEntry("givenOn", today())
                    .containsEntry("recordedBy", "admin");
            assertThat((List<?>) consent.export(DataSubjectRef.guardian(parent)).get("consentsGivenForChildren")).hasSize(2);
            consent.anonymise(child, "X");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'PUPIL' and person_id = ?",
                Integer.class, child.id())).isZero();
    }

    @Test
    void aTrainerAccountMayNeitherReadNorRecord() {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Tom");
        trainer.setLastName(unique("Formation"));
        DataSubjectRef ref = DataSubjectRef.trainer(trainers.save(trainer).getId());
        record(ref, ConsentStatus.GRANTED, null);
        assertThatThrownBy(() -> as(users, "formateur", () -> record(ref, ConsentStatus.WITHDRAWN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> ledger.inForce(ref, "PHOTOS")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> ledger.history(ref, PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(users, "dpo", () -> ledger.inForce(ref, "PHOTOS"))).as("the privacy officer reads").isTrue();
    }
}
