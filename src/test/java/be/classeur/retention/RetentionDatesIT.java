package be.classeur.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import be.classeur.retention.domain.RetentionCategory;
import be.classeur.support.TestSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Retention dates on the real database with the tests' fixed clock (today is 2026-11-26): the own limit, the family
 * rule, and the recomputation when a contact, a link or a rule changes.
 */
@SpringBootTest
@WithUserDetails("admin")
class RetentionDatesIT {
    @Autowired
    RetentionDates dates;
    @Autowired
    RetentionRules rules;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    ContactService contacts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    LegalHoldService holdService;
    @Autowired
    be.classeur.erasure.Erasure erasure;
    @Autowired
    be.classeur.retention.domain.LegalHoldRepository holdRows;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long adultPupil() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Ada");
        pupil.setLastName(TestSupport.unique("Retention"));
        pupil.setBirthDate(today().minusYears(25));
        return pupils.save(pupil, List.of()).getId();
    }

    private long minorPupil(long... guardianIds) {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Noé");
        pupil.setLastName(TestSupport.unique("Famille"));
        pupil.setBirthDate(today().minusYears(10));
        List<GuardianLinkDraft> links = java.util.Arrays.stream(guardianIds)
                .mapToObj(id -> GuardianLinkDraft.existing(id, Relationship.PARENT)).toList();
        return pupils.save(pupil, links).getId();
    }

    private long guardian() {
        Guardian guardian = new Guardian();
        guardian.setFirstName("Gaëlle");
        guardian.setLastName(TestSupport.unique("Parent"));
        return guardians.save(guardian, List.of()).getId();
    }

    private long trainer() {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Théo");
        trainer.setLastName(TestSupport.unique("Formateur"));
        return trainers.save(trainer).getId();
    }

    private void contact(DataSubjectRef who, LocalDate day) {
        contacts.record(who, ContactKind.PHONE, day, null);
    }

    private RetentionDateView date(DataSubjectRef who) {
        return dates.of(who).orElseThrow();
    }

    @Test
    void theOwnLimitIsTheLastContactPlusTheRuleAnd29FebruaryGivesThe28th() {
        assertThat(RetentionDates.ownLimit(LocalDate.of(2024, 2, 29), 60)).isEqualTo(LocalDate.of(2029, 2, 28));
        DataSubjectRef pupil = DataSubjectRef.pupil(adultPupil());

        contact(pupil, LocalDate.of(2024, 2, 29));

        RetentionDateView d = date(pupil);
        assertThat(d.lastContact()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.ownLimit()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(d.keepUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(d.keptBy()).isNull();
    }

    @Test
    void withoutContactTheLimitCountsFromTheDayTheRecordWasCreated() {
        DataSubjectRef pupil = DataSubjectRef.pupil(adultPupil());

        RetentionDateView d = date(pupil);

        assertThat(d.lastContact()).isEqualTo(LocalDate.of(2026, 11, 26)).isEqualTo(today());
        assertThat(d.ownLimit()).isEqualTo(LocalDate.of(2031, 11, 26));
    }

    @Test
    void aPupilIsKeptByAnActiveSiblingThroughTheirSharedGuardianAndTheGuardianByTheChild() {
        long g = guardian();
        long older = minorPupil(g);
        long younger = minorPupil(g);
        contact(DataSubjectRef.guardian(g), LocalDate.of(2021, 1, 4));
        contact(DataSubjectRef.pupil(older), LocalDate.of(2021, 3, 1));
        contact(DataSubjectRef.pupil(younger), LocalDate.of(2026, 10, 1));

        RetentionDateView olderDate = date(DataSubjectRef.pupil(older));
        RetentionDateView guardianDate = date(DataSubjectRef.guardian(g));
        // Created today, every one of them would be kept until 2031-11-26 by their creation day: the contacts are older.
        assertThat(olderDate.lastContact()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(olderDate.ownLimit()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(olderDate.keepUntil()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(olderDate.keptBy()).isEqualTo(DataSubjectRef.pupil(younger));
        assertThat(guardianDate.ownLimit()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(guardianDate.keepUntil()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(guardianDate.keptBy()).isEqualTo(DataSubjectRef.pupil(younger));
        assertThat(date(DataSubjectRef.pupil(younger)).keptBy()).as("the latest limit is their own").isNull();
    }

    @Test
    void aTrainerIsAlone() {
        DataSubjectRef trainer = DataSubjectRef.trainer(trainer());
        contacts.record(trainer, ContactKind.END_OF_COLLABORATION, LocalDate.of(2021, 6, 30), "fin de collaboration");

        RetentionDateView d = date(trainer);

        assertThat(d.lastContact()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(d.keepUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(d.keptBy()).isNull();
        assertThat(dates.due(today(), PageRequest.of(0, 500)).getContent()).extracting(RetentionDateView::subject).contains(trainer);
    }

    @Test
    void theFamilyIsOneLevelOnly() {
        // a: child of g1 (with c); c also has guardian h; h's other child d is active. d is not in a's family.
        long g1 = guardian();
        long h = guardian();
        long a = minorPupil(g1);
        long c = minorPupil(g1, h);
        long d = minorPupil(h);
        contact(DataSubjectRef.guardian(g1), LocalDate.of(2020, 5, 1));
        contact(DataSubjectRef.guardian(h), LocalDate.of(2020, 5, 2));
        contact(DataSubjectRef.pupil(a), LocalDate.of(2020, 5, 3));
        contact(DataSubjectRef.pupil(c), LocalDate.of(2020, 5, 4));
        contact(DataSubjectRef.pupil(d), LocalDate.of(2026, 9, 1));

        RetentionDateView aDate = date(DataSubjectRef.pupil(a));
        assertThat(aDate.keepUntil()).as("a's family is a, g1 and c: d is further").isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(aDate.keptBy()).isEqualTo(DataSubjectRef.pupil(c));
        assertThat(date(DataSubjectRef.pupil(c)).keptBy()).as("c shares h with d").isEqualTo(DataSubjectRef.pupil(d));
        assertThat(date(DataSubjectRef.guardian(g1)).keptBy()).as("g1's family includes c's family, hence d")
                .isEqualTo(DataSubjectRef.pupil(d));
        assertThat(dates.stillDue(DataSubjectRef.pupil(a), today())).isTrue();
        assertThat(dates.stillDue(DataSubjectRef.pupil(c), today())).isFalse();
    }

    @Test
    void aContactALinkAddedOrRemovedMoveTheDates() {
        long x = adultPupil();
        DataSubjectRef pupil = DataSubjectRef.pupil(x);
        contact(pupil, LocalDate.of(2020, 1, 15));
        assertThat(date(pupil).keepUntil()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(dates.due(today(), PageRequest.of(0, 500)).getContent()).extracting(RetentionDateView::subject).contains(pupil);
        long countPast = dates.countPast(today());

        long y = guardian();
        contact(DataSubjectRef.guardian(y), LocalDate.of(2026, 2, 1));
        Guardian parent = guardians.forEdit(y);
        guardians.save(parent, List.of(new PupilLinkDraft(x, Relationship.PARENT)));
        assertThat(date(pupil).keepUntil()).as("linked to an active parent").isEqualTo(LocalDate.of(2031, 2, 1));
        assertThat(date(pupil).keptBy()).isEqualTo(DataSubjectRef.guardian(y));
        assertThat(dates.countPast(today())).isEqualTo(countPast - 1);

        guardians.save(guardians.forEdit(y), List.of());
        assertThat(date(pupil).keepUntil()).as("the link removed").isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(date(pupil).keptBy()).isNull();

        contact(pupil, today().minusDays(3));
        assertThat(date(pupil).keepUntil()).isEqualTo(today().minusDays(3).plusYears(5));
        assertThat(dates.stillDue(pupil, today())).isFalse();
    }

    @Test
    void aRuleChangeRecomputesTheDatesAndIsRefusedOutOfRangeOrStale() {
        DataSubjectRef trainer = DataSubjectRef.trainer(trainer());
        contact(trainer, LocalDate.of(2022, 8, 31));
        assertThat(date(trainer).keepUntil()).isEqualTo(LocalDate.of(2027, 8, 31));
        TestSupport.as(users, "dpo", () -> {
            RetentionRuleRow rule = rules.rule(RetentionCategory.TRAINER);
            assertThatThrownBy(() -> rules.change(RetentionCategory.TRAINER, 0, rule.version()))
                    .hasMessageContaining("retention.rule.error.months");
            assertThatThrownBy(() -> rules.change(RetentionCategory.TRAINER, 241, rule.version()))
                    .hasMessageContaining("retention.rule.error.months");
            RetentionRuleRow changed = rules.change(RetentionCategory.TRAINER, 84, rule.version());
            try {
                assertThat(date(trainer).keepUntil()).isEqualTo(LocalDate.of(2029, 8, 31));
                assertThatThrownBy(() -> rules.change(RetentionCategory.TRAINER, 72, rule.version()))
                        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
            } finally {
                rules.change(RetentionCategory.TRAINER, 60, changed.version());
            }
            return null;
        });
        assertThat(date(trainer).keepUntil()).isEqualTo(LocalDate.of(2027, 8, 31));
    }

    @Test
    void aPassOverEveryoneWorksInBatches() {
        adultPupil();
        RetentionDates.Pass pass = TestSupport.as(users, "dpo", () -> dates.overEveryone(false, 50));
        assertThat(pass.people()).isGreaterThan(100);
        assertThat(pass.batches()).isGreaterThanOrEqualTo(pass.people() / 50);
    }

    @Test
    void aHoldBlocksTheErasureAndOnceLiftedTheErasureDeletesTheDateAndTheHolds() {
        long x = adultPupil();
        DataSubjectRef pupil = DataSubjectRef.pupil(x);
        contact(pupil, LocalDate.of(2020, 3, 3));
        TestSupport.as(users, "dpo", () -> {
            LegalHoldRow hold = holdService.place(pupil, "Litige en cours sur une facture", null);
            assertThat(erasure.export(pupil).get("retention")).containsKeys("retentionDate", "legalHolds");
            assertThatThrownBy(() -> erasure.erase(pupil, "Erased-R1", "retention test"))
                    .isInstanceOf(be.classeur.erasure.LegalHoldException.class)
                    .hasMessageContaining("Litige en cours sur une facture");
            assertThat(dates.of(pupil)).isPresent();

            holdService.lift(hold.id(), hold.version());
            erasure.erase(pupil, "Erased-R1", "retention test");

            assertThat(dates.of(pupil)).as("an erased person has no retention date").isEmpty();
            assertThat(holdService.of(pupil)).as("the lifted hold's reason went with them").isEmpty();
            return null;
        });
    }

    @Test
    void theDemoHasPeoplePastAndNearingTheirLimitAndOneUnderAHold() {
        assertThat(dates.countPast(today())).isGreaterThanOrEqualTo(2);
        assertThat(dates.countNearing(today(), 90)).isGreaterThanOrEqualTo(2);
        assertThat(dates.nearing(today(), 90, PageRequest.of(0, 500)).getContent())
                .allSatisfy(d -> assertThat(d.keepUntil()).isBetween(today(), today().plusDays(90)));
        assertThat(holdRows.findAll()).anySatisfy(h -> {
            assertThat(h.getReason()).isEqualTo("Litige en cours sur une facture");
            assertThat(dates.of(new DataSubjectRef(h.getPersonKind(), h.getPersonId())).orElseThrow().keepUntil()).isBefore(today());
        });
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerMayNotReadTheDatesNorChangeARule() {
        assertThatThrownBy(() -> dates.of(DataSubjectRef.pupil(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dates.countPast(today())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.rules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.change(RetentionCategory.PUPIL, 61, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorReadsTheRulesButMayNotChangeThem() {
        assertThat(rules.rules()).extracting(RetentionRuleRow::category).containsExactly(RetentionCategory.values());
        assertThat(rules.rule(RetentionCategory.ACCOUNTING).periodMonths()).isEqualTo(84);
        assertThatThrownBy(() -> rules.change(RetentionCategory.PUPIL, 61, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
