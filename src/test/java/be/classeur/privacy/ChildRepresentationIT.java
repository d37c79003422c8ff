package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.ChildInterestDecision;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may act for a child in a rights request: only a parent or a legal guardian; a child of unknown age only once the
 * officer checked they are a minor; and from 13 the child's own interests are weighed before the parent's export.
 */
@SpringBootTest
@WithUserDetails("dpo")
class ChildRepresentationIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    ChildInterestService childInterests;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** A child (age in years, or null for no birth date) with their mother and, as a contact only, their grandmother. */
    private record Family(long childId, long motherId, long grandmotherId, String lastName) {
    }

    private Family family(Integer age) {
        String lastName = unique("Enfance");
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Mila");
            pupil.setLastName(lastName);
            pupil.setSchoolYear(SchoolYear.P5);
            pupil.setBirthDate(age == null ? null : LocalDate.now(clock).minusYears(age).minusDays(20));
            Guardian mother = new Guardian();
            mother.setFirstName("Sara");
            mother.setLastName(lastName);
            Guardian grandmother = new Guardian();
            grandmother.setFirstName("Odile");
            grandmother.setLastName(lastName);
            long id = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(mother, Relationship.MOTHER),
                    GuardianLinkDraft.newGuardian(grandmother, Relationship.GRANDPARENT))).getId();
            List<LinkRow> links = pupils.guardiansOf(id);
            long motherId = links.stream().filter(l -> l.relationship() == Relationship.MOTHER).findFirst().orElseThrow().guardianId();
            long grandId = links.stream().filter(l -> l.relationship() == Relationship.GRANDPARENT).findFirst().orElseThrow().guardianId();
            return new Family(id, motherId, grandId, lastName);
        });
    }

    private RequestIntake intake(long guardianId, String name, long childId, List<Long> minorChecked, Right... rights) {
        return new RequestIntake(Set.of(rights), DataSubjectRef.guardian(guardianId), name, null, List.of(childId),
                RequestChannel.EMAIL, LocalDate.now(clock), null, minorChecked);
    }

    private int requestCount() {
        return jdbc.queryForObject("select count(*) from rights_request", Integer.class);
    }

    private List<String> history(long requestId) {
        return requestWorkflow.detail(requestId).history().stream().map(StatusChangeRow::note).filter(n -> n != null).toList();
    }

    private List<String> auditActions(DataSubjectRef subject) {
        return jdbc.queryForList("select action from audit_event where subject_kind = ? and subject_id = ?", String.class,
                subject.kind().name(), subject.id());
    }

    @Test
    void aContactOnlyLinkCannotActForTheChildAtIntakeNorWhenTheRequesterIsLinkedLater() {
        Family f = family(9);
        int before = requestCount();

        assertThatThrownBy(() -> requestIntake.record(intake(f.grandmotherId(), "Odile " + f.lastName(), f.childId(), null, Right.ACCESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.contactCannotAct"));
        assertThat(requestCount()).isEqualTo(before);
        // The intake does not even offer the child for the grandmother; the mother may ask.
        assertThat(requestIntake.childrenOf(f.grandmotherId())).isEmpty();
        assertThat(requestIntake.childrenOf(f.motherId())).extracting(PersonSuggestion::ref).containsExactly(DataSubjectRef.pupil(f.childId()));

        long unknown = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Odile " + f.lastName(), null, null,
                RequestChannel.POST, LocalDate.now(clock), null));
        assertThatThrownBy(() -> requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.grandmotherId()), List.of(f.childId())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.contactCannotAct"));
        assertThat(requestWorkflow.detail(unknown).covered()).isEmpty();

        long byMother = requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), null, Right.ACCESS));
        assertThat(requestWorkflow.detail(byMother).covered()).hasSize(2);
    }

    @Test
    void aChildWithoutBirthDateIsRefusedUntilTheOfficerChecksTheAgeAndTheCheckIsRecorded() {
        Family f = family(null);
        int before = requestCount();

        assertThatThrownBy(() -> requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), null, Right.ACCESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.representedAgeUnchecked"));
        assertThat(requestCount()).isEqualTo(before);

        long id = requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), List.of(f.childId()), Right.ACCESS));

        String where = " from rights_request_subject where request_id = ? and person_kind = 'PUPIL' and person_id = ?";
        assertThat(jdbc.queryForObject("select minor_checked_by" + where, String.class, id, f.childId())).isEqualTo("dpo");
        assertThat(jdbc.queryForObject("select minor_checked_at" + where, LocalDateTime.class, id, f.childId()))
                .isNotNull().satisfies(at -> assertThat(at.toLocalDate()).isEqualTo(LocalDate.now(clock)));
        assertThat(history(id)).anyMatch(n -> n.contains("Âge vérifié") && n.contains(String.valueOf(f.childId())));
        assertThat(auditActions(DataSubjectRef.pupil(f.childId()))).contains("MINOR_AGE_CHECKED");

        // The same when an unknown requester is linked later.
        long unknown = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Sara " + f.lastName(), null, null,
                RequestChannel.POST, LocalDate.now(clock), null));
        assertThatThrownBy(() -> requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.motherId()), List.of(f.childId())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.representedAgeUnchecked"));
        requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.motherId()), List.of(f.childId()), List.of(f.childId()));
        assertThat(jdbc.queryForObject("select minor_checked_by from rights_request_subject where request_id = ?"
                + " and person_kind = 'PUPIL'", String.class, unknown)).isEqualTo("dpo");
    }

    @Test
    void fromThirteenTheExportIsRefusedUntilTheDecisionOnTheChildsInterestsIsRecorded() {
        Family f = family(14);
        long id = requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), null, Right.ACCESS));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));

        List<ChildInterestRow> children = childInterests.childrenToWeigh(id);
        assertThat(children).singleElement().satisfies(c -> {
            assertThat(c.pupilId()).isEqualTo(f.childId());
            assertThat(c.ageOnReceipt()).isEqualTo(14);
            assertThat(c.decided()).isFalse();
        });
        assertThatThrownBy(() -> subjectRights.exportFor(id))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.childInterest.error.exportBeforeDecision"));
        assertThat(auditActions(DataSubjectRef.pupil(f.childId()))).doesNotContain("EXPORTED");

        long subjectId = children.getFirst().subjectId();
        assertThatThrownBy(() -> childInterests.decide(id, subjectId, ChildInterestDecision.FULL_EXPORT, " "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.childInterest.error.noteMissing"));
        childInterests.decide(id, subjectId, ChildInterestDecision.FULL_EXPORT, "Mila est d’accord, entendue le 25/11.");

        ChildInterestRow decided = childInterests.childrenToWeigh(id).getFirst();
        assertThat(decided.decision()).isEqualTo(ChildInterestDecision.FULL_EXPORT);
        assertThat(decided.decidedBy()).isEqualTo("dpo");
        assertThat(decided.note()).isEqualTo("Mila est d’accord, entendue le 25/11.");
        assertThat(history(id)).anyMatch(n -> n.contains("13 ans ou plus") && n.contains("export complet"));
        assertThat(auditActions(DataSubjectRef.pupil(f.childId()))).contains("CHILD_INTEREST_DECIDED");
        assertThat(auditActions(DataSubjectRef.guardian(f.motherId()))).contains("CHILD_INTEREST_DECIDED");

        String json = new String(subjectRights.exportFor(id).json(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"role\" : \"child\"");
        assertThat(auditActions(DataSubjectRef.pupil(f.childId()))).as("once decided, the export is written").contains("EXPORTED");

        // After hearing the child, a limited reply: the child's data stays out of the parent's export.
        childInterests.decide(id, subjectId, ChildInterestDecision.LIMITED_AFTER_HEARING, "Mila ne souhaite pas.");
        assertThat(new String(subjectRights.exportFor(id).json(), StandardCharsets.UTF_8)).doesNotContain("\"role\" : \"child\"");
    }

    @Test
    void erasingTheChildClearsTheNoteOnTheirInterestsAndKeepsTheDecision() {
        Family f = family(15);
        long id = requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), null, Right.ACCESS, Right.ERASURE));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        long subjectId = childInterests.childrenToWeigh(id).getFirst().subjectId();
        childInterests.decide(id, subjectId, ChildInterestDecision.LIMITED_AFTER_HEARING, "Mila " + f.lastName() + " refuse.");

        subjectRights.erase(id, DataSubjectRef.pupil(f.childId()));

        assertThat(jdbc.queryForObject("select interest_note from rights_request_subject where id = ?", String.class, subjectId)).isNull();
        assertThat(jdbc.queryForObject("select interest_decision from rights_request_subject where id = ?", String.class, subjectId))
                .isEqualTo("LIMITED_AFTER_HEARING");
    }

    @Test
    void aCorrectedReceiptDateIsRefusedWhenTheChildWasNoLongerAMinorOnThatDay() {
        Family f = family(18); // eighteen since twenty days ago
        LocalDate today = LocalDate.now(clock);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.motherId()),
                "Sara " + f.lastName(), null, List.of(f.childId()), RequestChannel.POST, today.minusDays(30), null));
        long version = requestWorkflow.detail(id).version();

        assertThatThrownBy(() -> requestWorkflow.correctReceivedOn(id, today.minusDays(10), "Cachet de la poste", version))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("privacy.error.representedNotMinor"));
        assertThat(requestWorkflow.detail(id).receivedOn()).isEqualTo(today.minusDays(30));
        // A day on which the child was still a minor is accepted.
        requestWorkflow.correctReceivedOn(id, today.minusDays(25), "Cachet de la poste", version);
        assertThat(requestWorkflow.detail(id).receivedOn()).isEqualTo(today.minusDays(25));
    }

    @Test
    void underThirteenNoDecisionIsAsked() {
        Family f = family(12);
        long id = requestIntake.record(intake(f.motherId(), "Sara " + f.lastName(), f.childId(), null, Right.ACCESS));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));

        assertThat(childInterests.childrenToWeigh(id)).isEmpty();
        assertThat(new String(subjectRights.exportFor(id).json(), StandardCharsets.UTF_8)).contains("\"role\" : \"child\"");
    }
}
