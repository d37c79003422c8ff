package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rectification linked to its request, and the objection to activity news recorded from a request, on the real
 * people and privacy services, database and security.
 */
@SpringBootTest
@WithUserDetails("dpo")
class PersonChoicesServiceIT {
    @Autowired
    PersonChoicesService choices;
    @Autowired
    RectificationService rectifications;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
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

    private record Family(long pupilId, long guardianId, String guardianName) {
    }

    /** As the administrator: a minor pupil with one new guardian, with unique names. */
    private Family family() {
        String lastName = unique("Choix");
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Lina");
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(11));
            Guardian guardian = new Guardian();
            guardian.setFirstName("Sarah");
            guardian.setLastName(lastName);
            guardian.setEmail(lastName.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            return new Family(saved.getId(), pupils.guardiansOf(saved.getId()).get(0).guardianId(), "Sarah " + lastName);
        });
    }

    private long requestFor(Family f, Right... rights) {
        long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(f.guardianId()), f.guardianName(),
                null, List.of(f.pupilId()), RequestChannel.EMAIL, LocalDate.now(clock), null));
        // The officer confirms both matches before acting on the people behind the request.
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    private String storedLastName(String table, long id) {
        return jdbc.queryForObject("select last_name from " + table + " where id = ?", String.class, id);
    }

    @Test
    void aRectificationByThePrivacyOfficerIsLinkedToTheRequestAndAppearsInItsHistory() {
        Family f = family();
        long id = requestFor(f, Right.RECTIFICATION);
        assertThat(choices.rectifiable(id)).extracting(SubjectRightsService.Subject::ref)
                .containsExactly(DataSubjectRef.guardian(f.guardianId()), DataSubjectRef.pupil(f.pupilId()));
        Guardian guardian = (Guardian) rectifications.forRectification(DataSubjectRef.guardian(f.guardianId()));
        String corrected = unique("Corrige");
        guardian.setLastName(corrected);
        guardian.setEmail("nouvelle." + corrected.toLowerCase() + "@exemple.be");
        guardian.setCity(guardian.getCity()); // unchanged: not listed

        List<String> changed = rectifications.rectify(guardian, id);

        assertThat(changed).containsExactly("lastName", "email");
        assertThat(storedLastName("guardian", f.guardianId())).isEqualTo(corrected);
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).isEqualTo(RequestStatus.RECEIVED);
        StatusChangeRow line = detail.history().getLast();
        assertThat(line.from()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(line.to()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(line.changedBy()).as("staff by name, not login").isEqualTo(be.classeur.accounts.DemoAccounts.PRIVACY_OFFICER.displayName());
        assertThat(line.noteIn(java.util.Locale.FRENCH)).isEqualTo("Rectification (responsable légal·e n° " + f.guardianId() + ") : Nom de famille, E-mail")
                .doesNotContain(corrected);
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'RECTIFIED' and subject_kind = 'GUARDIAN' and subject_id = ?",
                String.class, f.guardianId())).containsExactly("rectification for request " + id + ": lastName, email");
    }

    @Test
    void theRectificationPathIsRefusedToATrainerAndToTheAdministrator() {
        Family f = family();
        long id = requestFor(f, Right.RECTIFICATION);
        Guardian guardian = (Guardian) rectifications.forRectification(DataSubjectRef.guardian(f.guardianId()));
        guardian.setLastName(unique("Interdit"));

        assertThatThrownBy(() -> as(users, "formateur", () -> rectifications.rectify(guardian, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> rectifications.forRectification(DataSubjectRef.guardian(f.guardianId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "admin", () -> rectifications.rectify(guardian, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(storedLastName("guardian", f.guardianId())).isNotEqualTo(guardian.getLastName());
        assertThat(requestWorkflow.detail(id).history()).hasSize(1);
    }

    @Test
    void aRectificationIsRolledBackWhenTheRequestDoesNotAskForItOrIsNotAboutThePerson() {
        Family f = family();
        Family other = family();
        long accessOnly = requestFor(f, Right.ACCESS);
        long rectification = requestFor(f, Right.RECTIFICATION);
        String before = storedLastName("pupil", other.pupilId());

        Pupil child = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(f.pupilId()));
        child.setLastName(unique("SansDroit"));
        assertThatThrownBy(() -> rectifications.rectify(child, accessOnly))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.choices.error.noRectificationRight");
        Pupil stranger = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(other.pupilId()));
        stranger.setLastName(unique("Etranger"));
        assertThatThrownBy(() -> rectifications.rectify(stranger, rectification))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.choices.error.notASubject");

        assertThat(storedLastName("pupil", f.pupilId())).isNotEqualTo(child.getLastName());
        assertThat(storedLastName("pupil", other.pupilId())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RECTIFIED' and subject_kind = 'PUPIL' and subject_id in (?, ?)",
                Integer.class, f.pupilId(), other.pupilId())).isZero();
    }

    @Test
    void aStaleCopyOrAnUnchangedOneIsRefused() {
        Family f = family();
        long id = requestFor(f, Right.RECTIFICATION);
        Person first = rectifications.forRectification(DataSubjectRef.pupil(f.pupilId()));
        Person second = rectifications.forRectification(DataSubjectRef.pupil(f.pupilId()));
        first.setFirstName("Line");
        rectifications.rectify(first, id);

        second.setFirstName("Lena");
        assertThatThrownBy(() -> rectifications.rectify(second, id)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Person unchanged = rectifications.forRectification(DataSubjectRef.pupil(f.pupilId()));
        assertThatThrownBy(() -> rectifications.rectify(unchanged, id))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("people.rectification.error.nothingChanged");
        assertThat(jdbc.queryForObject("select first_name from pupil where id = ?", String.class, f.pupilId())).isEqualTo("Line");
        assertThat(requestWorkflow.detail(id).history().getLast().noteIn(java.util.Locale.FRENCH)).isEqualTo("Rectification (élève n° " + f.pupilId() + ") : Prénom");
    }

    @Test
    void theObjectionIsRecordedOnEveryPersonOfTheRequestAndShownInTheExport() {
        Family f = family();
        long id = requestFor(f, Right.OBJECTION, Right.ACCESS);

        assertThat(choices.recordNewsObjection(id)).isEqualTo(2);
        assertThat(choices.recordNewsObjection(id)).as("a second time changes nothing").isZero();

        JsonNode root = JsonMapper.builder().build().readTree(subjectRights.exportFor(id).json());
        assertThat(root.get("subjects").size()).as("the guardian and the pupil of the request").isEqualTo(2);
        for (JsonNode subject : root.get("subjects")) {
            JsonNode consents = subject.get("parts").get("consent").get("consents");
            assertThat(consents.size()).isEqualTo(1);
            assertThat(consents.get(0).get("purpose").asString()).isEqualTo("ACTIVITY_NEWS");
            assertThat(consents.get(0).get("consentStatus").asString()).isEqualTo("WITHDRAWN");
            assertThat(consents.get(0).get("consentChannel").asString()).isEqualTo("RIGHTS_REQUEST");
            assertThat(consents.get(0).get("givenOn").asString()).isEqualTo(LocalDate.now(clock).toString());
            assertThat(consents.get(0).get("requestId").asLong()).isEqualTo(id);
        }
        List<StatusChangeRow> history = requestWorkflow.detail(id).history();
        assertThat(history.get(history.size() - 2).noteIn(java.util.Locale.FRENCH)).isEqualTo(
                "Opposition aux nouvelles des activités / retrait du consentement enregistré : responsable légal·e n° "
                        + f.guardianId() + ", élève n° " + f.pupilId());
        assertThat(history.getLast().noteIn(java.util.Locale.FRENCH)).contains("(déjà enregistrée)");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'CONSENT_WITHDRAWN' and subject_kind = 'PUPIL' and subject_id = ?",
                String.class, f.pupilId())).containsExactly("ACTIVITY_NEWS request " + id);
    }

    @Test
    void nothingIsRecordedOnThePeopleBeforeTheOfficerConfirmsTheMatch() {
        Family f = family();
        long id = requestIntake.record(new RequestIntake(Set.of(Right.OBJECTION, Right.RECTIFICATION),
                DataSubjectRef.guardian(f.guardianId()), f.guardianName(), null, List.of(f.pupilId()),
                RequestChannel.EMAIL, LocalDate.now(clock), null));
        assertThatThrownBy(() -> choices.recordNewsObjection(id)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("privacy.actions.error.matchUnconfirmed");
        assertThat(choices.rectifiable(id)).as("no rectify button before the match is confirmed").isEmpty();

        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        assertThat(choices.rectifiable(id)).hasSize(2);
        assertThat(choices.recordNewsObjection(id)).isEqualTo(2);
    }

    @Test
    void theObjectionIsRefusedWithoutTheRightAndToOtherRoles() {
        Family f = family();
        long accessOnly = requestFor(f, Right.ACCESS);
        assertThatThrownBy(() -> choices.recordNewsObjection(accessOnly))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.choices.error.noObjectionRight");
        long withdrawal = requestFor(f, Right.CONSENT_WITHDRAWAL);
        assertThatThrownBy(() -> as(users, "admin", () -> choices.recordNewsObjection(withdrawal))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'GUARDIAN' and person_id = ?",
                Integer.class, f.guardianId())).isZero();
    }

    @Test
    void erasureClearsTheObjection() {
        Family f = family();
        long id = requestFor(f, Right.CONSENT_WITHDRAWAL, Right.ERASURE);
        choices.recordNewsObjection(id);
        assertThat(jdbc.queryForObject("select request_id from consent_record where person_kind = 'GUARDIAN' and person_id = ?",
                Long.class, f.guardianId())).isEqualTo(id);

        subjectRights.erase(id, null);

        assertThat(jdbc.queryForObject("select count(*) from consent_record where (person_kind = 'GUARDIAN' and person_id = ?)"
                + " or (person_kind = 'PUPIL' and person_id = ?)", Integer.class, f.guardianId(), f.pupilId()))
                .as("the consent records of erased people do not survive").isZero();
    }
}
