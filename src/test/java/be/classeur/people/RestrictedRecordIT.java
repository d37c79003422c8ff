package be.classeur.people;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.accounts.AccountService;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import be.classeur.privacy.PersonChoicesService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.support.Classrooms;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A restricted record (GDPR art. 18(2)) on the real services: an administrator can neither edit nor enrol it and is
 * told why; the privacy officer still rectifies and exports it within the request; the person can still object and
 * withdraw consent (arts. 21 and 7(3)).
 */
@SpringBootTest
@WithUserDetails("admin")
class RestrictedRecordIT {
    @Autowired
    UserDetailsService users;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    AccountService accounts;
    @Autowired
    RectificationService rectifications;
    @Autowired
    be.classeur.consent.ConsentLedger ledger;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    PersonChoicesService choices;
    @Autowired
    List<PersonalDataHandler> handlers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContactService contacts;
    @Autowired
    Clock clock;

    Classrooms classrooms;
    long pupilId;
    long guardianId;

    @BeforeEach
    void aPupilAndTheirGuardian() {
        classrooms = new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
        pupilId = classrooms.pupil("Ines", Classrooms.guardian("Rita", "0470 55 55 50"));
        guardianId = classrooms.links(pupilId).getFirst().guardianId();
    }

    private <T> T asOfficer(Supplier<T> work) {
        return as(users, "dpo", work);
    }

    /** The guardian's request for the child, with both matches confirmed, and processing restricted for both. */
    private long restrictedThroughARequest(Right... rights) {
        return asOfficer(() -> {
            long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(guardianId), "Rita",
                    null, List.of(pupilId), RequestChannel.EMAIL, classrooms.today(), null));
            requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
            subjectRights.restrict(id, null, true);
            return id;
        });
    }

    private static void refusedBecauseRestricted(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void anAdministratorCanNeitherEditNorEnrolARestrictedPersonAndIsToldWhy() {
        long groupId = classrooms.group(GroupStatus.RUNNING);
        long restrictedTrainer = classrooms.trainer();
        long id = restrictedThroughARequest(Right.RESTRICTION);
        // A trainer's record restricted the same way, through every module's handler.
        asOfficer(() -> {
            handlers.forEach(h -> h.restrict(DataSubjectRef.trainer(restrictedTrainer), true));
            return null;
        });

        Pupil pupil = pupils.forEdit(pupilId);
        pupil.setNotes("Changé malgré la limitation");
        refusedBecauseRestricted(() -> pupils.save(pupil, List.of(GuardianLinkDraft.existing(guardianId,
                classrooms.links(pupilId).getFirst().relationship()))), "people.restricted.error.edit");
        Guardian guardian = guardians.forEdit(guardianId);
        guardian.setCity("Namur");
        refusedBecauseRestricted(() -> guardians.save(guardian, List.of()), "people.restricted.error.edit");
        Trainer trainer = trainers.forEdit(restrictedTrainer);
        trainer.setCity("Namur");
        refusedBecauseRestricted(() -> trainers.save(trainer), "people.restricted.error.edit");
        refusedBecauseRestricted(() -> enrolments.enrol(groupId, pupilId, classrooms.today(), null, false),
                "courses.enrolment.error.restricted");

        assertThat(jdbc.queryForObject("select notes from pupil where id = ?", String.class, pupilId)).isNull();
        assertThat(jdbc.queryForObject("select city from guardian where id = ?", String.class, guardianId)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from enrolment where pupil_id = ?", Integer.class, pupilId)).isZero();

        // Once the restriction is lifted, the same edit and enrolment go through: the restriction was the reason.
        asOfficer(() -> {
            subjectRights.restrict(id, null, false);
            return null;
        });
        Pupil again = pupils.forEdit(pupilId);
        again.setNotes("Changé après la limitation");
        pupils.save(again, List.of(GuardianLinkDraft.existing(guardianId, classrooms.links(pupilId).getFirst().relationship())));
        enrolments.enrol(groupId, pupilId, classrooms.today(), null, false);
        assertThat(jdbc.queryForObject("select notes from pupil where id = ?", String.class, pupilId)).isEqualTo("Changé après la limitation");
    }

    @Test
    void noOtherWritePathReachesARestrictedRecordEither() {
        long otherPupil = classrooms.pupil("Oscar", Classrooms.guardian("Olga", "0470 55 55 51"));
        restrictedThroughARequest(Right.RESTRICTION);
        long pupilVersion = pupils.forEdit(pupilId).getVersion();
        long guardianVersion = guardians.forEdit(guardianId).getVersion();
        String contactsOfPupil = "select count(*) from contact_event where person_kind = 'PUPIL' and person_id = ?";
        int contactsBefore = jdbc.queryForObject(contactsOfPupil, Integer.class, pupilId);

        refusedBecauseRestricted(() -> pupils.archive(pupilId, pupilVersion), "people.restricted.error.edit");
        refusedBecauseRestricted(() -> guardians.archive(guardianId, guardianVersion), "people.restricted.error.edit");
        refusedBecauseRestricted(() -> contacts.record(DataSubjectRef.pupil(pupilId), ContactKind.PHONE, classrooms.today(),
                "Appel"), "people.restricted.error.edit");
        // Linking the restricted guardian to another pupil, from that pupil's form, is processing of the guardian too.
        Pupil other = pupils.forEdit(otherPupil);
        List<GuardianLinkDraft> withRestricted = new java.util.ArrayList<>(classrooms.links(otherPupil).stream()
                .map(l -> GuardianLinkDraft.existing(l.guardianId(), l.relationship())).toList());
        withRestricted.add(GuardianLinkDraft.existing(guardianId, Relationship.LEGAL_GUARDIAN));
        refusedBecauseRestricted(() -> pupils.save(other, withRestricted), "people.restricted.error.edit");

        assertThat(jdbc.queryForObject("select archived from pupil where id = ?", Boolean.class, pupilId)).isFalse();
        assertThat(jdbc.queryForObject(contactsOfPupil, Integer.class, pupilId)).isEqualTo(contactsBefore);
        assertThat(classrooms.links(otherPupil)).extracting(l -> l.guardianId()).doesNotContain(guardianId);
    }

    @Test
    void thePrivacyOfficerRectifiesAndExportsARestrictedPersonWithinTheRequest() {
        long id = restrictedThroughARequest(Right.RESTRICTION, Right.RECTIFICATION, Right.ACCESS);
        String corrected = unique("Corrige");

        asOfficer(() -> {
            Pupil pupil = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(pupilId));
            pupil.setLastName(corrected);
            return rectifications.rectify(pupil, id);
        });
        JsonNode export = asOfficer(() -> JsonMapper.builder().build().readTree(subjectRights.exportFor(id).json()));

        assertThat(jdbc.queryForObject("select last_name from pupil where id = ?", String.class, pupilId)).isEqualTo(corrected);
        assertThat(jdbc.queryForObject("select restricted from pupil where id = ?", Boolean.class, pupilId)).isTrue();
        List<String> exported = new java.util.ArrayList<>();
        export.get("subjects").forEach(s -> exported.add(s.get("kind").asString() + " "
                + s.get("parts").get("people").get("record").get("restricted").asBoolean()));
        assertThat(exported).containsExactlyInAnyOrder("GUARDIAN true", "PUPIL true");
    }

    @Test
    void objectingAndWithdrawingConsentStayPossibleWhileRestricted() {
        long id = restrictedThroughARequest(Right.RESTRICTION, Right.OBJECTION);

        assertThat(asOfficer(() -> choices.recordNewsObjection(id))).as("the objection through the request").isEqualTo(2);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        assertThatThrownBy(() -> ledger.record(new be.classeur.consent.ConsentChoice(DataSubjectRef.guardian(guardianId),
                "ACTIVITY_NEWS", be.classeur.consent.domain.ConsentStatus.GRANTED, today,
                be.classeur.consent.domain.ConsentChannel.EMAIL, null, "2026-09", null, null)))
                .as("no consent is recorded while processing is restricted")
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("consent.error.restricted");
        ledger.record(new be.classeur.consent.ConsentChoice(DataSubjectRef.guardian(guardianId), "ACTIVITY_NEWS",
                be.classeur.consent.domain.ConsentStatus.REFUSED, today, be.classeur.consent.domain.ConsentChannel.IN_PERSON,
                null, "2026-09", null, null));

        assertThat(jdbc.queryForObject("select restricted from guardian where id = ?", Boolean.class, guardianId)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'PUPIL' and person_id = ?"
                + " and status = 'WITHDRAWN' and request_id = ?", Integer.class, pupilId, id)).isEqualTo(1);
        assertThat(jdbc.queryForList("select channel from consent_record where person_kind = 'GUARDIAN' and person_id = ?"
                + " order by id", String.class, guardianId)).as("the objection, then the refusal told directly")
                .containsExactly("RIGHTS_REQUEST", "IN_PERSON");
    }
}
