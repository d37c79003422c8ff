package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PersonCard;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.SubjectRole;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people a request covers: a guardian asking for several children, the officer's confirmation of each match
 * before anything is done, removing a wrong match, linking an unknown requester later, and the actions per person.
 */
@SpringBootTest
@WithUserDetails("dpo")
class RequestSubjectsIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
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
    @Autowired
    PrivacyPersonalData privacyPart;

    private record Family(long guardianId, String guardianName, long firstChild, String firstName, long secondChild,
                          String secondName, long strangerChild) {
        /** The last name the guardian and both children share (the guardian's name is "first last"). */
        String familyName() {
            return guardianName.substring(guardianName.indexOf(' ') + 1);
        }
    }

    /** As the administrator: a guardian with two minor children, and another family's child. */
    private Family family() {
        String lastName = unique("Fratrie");
        String parent = unique("Parent");
        String first = unique("Aine");
        String second = unique("Cadet");
        return as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName(parent);
            guardian.setLastName(lastName);
            guardian.setEmail(parent.toLowerCase() + "@exemple.be");
            guardian.setPhone("0478 11 22 33");
            long one = pupils.save(pupil(first, lastName, 12),
                    List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.FATHER))).getId();
            long guardianId = pupils.guardiansOf(one).get(0).guardianId();
            long two = pupils.save(pupil(second, lastName, 8),
                    List.of(GuardianLinkDraft.existing(guardianId, Relationship.FATHER))).getId();
            Guardian otherParent = new Guardian();
            otherParent.setFirstName(unique("Autre"));
            otherParent.setLastName(unique("Famille"));
            long stranger = pupils.save(pupil(unique("Voisin"), unique("Famille"), 9),
                    List.of(GuardianLinkDraft.newGuardian(otherParent, Relationship.MOTHER))).getId();
            return new Family(guardianId, parent + " " + lastName, one, first, two, second, stranger);
        });
    }

    private Pupil pupil(String firstName, String lastName, int age) {
        Pupil pupil = new Pupil();
        pupil.setFirstName(firstName);
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(age).minusDays(30));
        return pupil;
    }

    private long record(Family f, Right... rights) {
        return requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(f.guardianId()),
                f.guardianName(), null, List.of(f.firstChild(), f.secondChild()), RequestChannel.EMAIL,
                LocalDate.now(clock), "Pour mes deux enfants."));
    }

    private void confirmAll(long id) {
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
    }

    /** The audit actions on the subject whose detail is exactly {@code request} or starts with it and a space. */
    private List<String> auditActions(DataSubjectRef subject, String request) {
        return jdbc.queryForList("select action from audit_event where subject_kind = ? and subject_id = ?"
                + " and (detail = ? or detail like ?)", String.class, subject.kind().name(), subject.id(), request, request + " %");
    }

    @Test
    void aGuardianMayAskForTwoOfTheirChildrenAndEveryMatchIsOnlyProposed() {
        Family f = family();
        long id = record(f, Right.ACCESS);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEWED' and subject_kind = 'PUPIL'"
                + " and subject_id in (?, ?)", Integer.class, f.firstChild(), f.secondChild()))
                .as("checking the children at intake reads the guardian's links, not each child's record").isZero();

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.covered()).extracting(CoveredSubject::ref, CoveredSubject::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.guardian(f.guardianId()), SubjectRole.REQUESTER),
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.pupil(f.firstChild()), SubjectRole.REPRESENTED),
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.pupil(f.secondChild()), SubjectRole.REPRESENTED));
        assertThat(detail.covered()).noneMatch(CoveredSubject::confirmed);
        assertThat(detail.allMatchesConfirmed()).isFalse();

        String viewed = "select count(*) from audit_event where subject_kind = 'PUPIL' and subject_id = ? and action = 'VIEWED'";
        Integer viewedBefore = jdbc.queryForObject(viewed, Integer.class, f.firstChild());
        List<CoveredPerson> people = requestIntake.coveredPeople(id);
        // The summary is the request's own record of whom it covers: showing it is no read of each person's record.
        assertThat(jdbc.queryForObject(viewed, Integer.class, f.firstChild())).isEqualTo(viewedBefore);
        assertThat(people).extracting(CoveredPerson::name)
                .containsExactly(f.guardianName(), f.firstName() + " " + f.familyName(), f.secondName() + " " + f.familyName());
        assertThat(people.get(0).email()).isEqualTo(f.guardianName().split(" ")[0].toLowerCase() + "@exemple.be");
        assertThat(people.get(0).phone()).isNotBlank();
        assertThat(people.get(1).name()).startsWith(f.firstName());
        assertThat(people.get(1).birthDate()).isEqualTo(LocalDate.now(clock).minusYears(12).minusDays(30));
        assertThat(people.get(2).name()).startsWith(f.secondName());
        assertThat(auditActions(DataSubjectRef.pupil(f.secondChild()), "request " + id)).contains("RIGHTS_REQUEST_RECORDED");
    }

    @Test
    void aPupilNotLinkedToTheGuardianOrOfAgeIsRefusedAndNothingIsSaved() {
        Family f = family();
        Integer before = jdbc.queryForObject("select count(*) from rights_request", Integer.class);

        assertThatThrownBy(() -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.guardianId()),
                f.guardianName(), null, List.of(f.firstChild(), f.strangerChild()), RequestChannel.EMAIL,
                LocalDate.now(clock), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.notGuardianOfPupil");
        assertThat(jdbc.queryForObject("select count(*) from rights_request", Integer.class)).isEqualTo(before);

        // A child of age exercises their own rights: the guardian may not ask for them.
        long adult = as(users, "admin", () -> pupils.save(pupil(unique("Majeur"), unique("Famille"), 19),
                List.of(GuardianLinkDraft.existing(f.guardianId(), Relationship.FATHER))).getId());
        assertThatThrownBy(() -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.guardianId()),
                f.guardianName(), null, List.of(f.firstChild(), adult), RequestChannel.EMAIL, LocalDate.now(clock), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.representedNotMinor");
        assertThat(jdbc.queryForObject("select count(*) from rights_request", Integer.class)).isEqualTo(before);

        // Without a birth date the child is not presumed a minor, whatever the school year: the officer checks the age.
        long student = as(users, "admin", () -> {
            Pupil p = pupil(unique("Etudiant"), unique("Famille"), 0);
            p.setBirthDate(null);
            p.setSchoolYear(SchoolYear.HIGHER);
            return pupils.save(p, List.of(GuardianLinkDraft.existing(f.guardianId(), Relationship.FATHER))).getId();
        });
        assertThatThrownBy(() -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.guardianId()),
                f.guardianName(), null, List.of(student), RequestChannel.EMAIL, LocalDate.now(clock), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.representedAgeUnchecked");
        assertThat(jdbc.queryForObject("select count(*) from rights_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void actionsAreRefusedUntilEveryMatchIsConfirmedAndTheConfirmationIsAudited() {
        Family f = family();
        long id = record(f, Right.ACCESS, Right.ERASURE, Right.RESTRICTION);
        List<CoveredSubject> covered = requestWorkflow.detail(id).covered();

        assertThatThrownBy(() -> subjectRights.exportFor(id))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.matchUnconfirmed");
        requestIntake.confirmMatch(id, covered.get(0).subjectId());
        requestIntake.confirmMatch(id, covered.get(1).subjectId());
        // One child still unconfirmed: still nothing is done, for anyone.
        assertThatThrownBy(() -> subjectRights.exportFor(id))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.matchUnconfirmed");
        assertThatThrownBy(() -> subjectRights.erase(id, DataSubjectRef.pupil(f.firstChild())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.matchUnconfirmed");
        assertThatThrownBy(() -> subjectRights.restrict(id, null, true))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.matchUnconfirmed");
        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id)).doesNotContain("EXPORTED");

        requestIntake.confirmMatch(id, covered.get(2).subjectId());
        assertThatThrownBy(() -> requestIntake.confirmMatch(id, covered.get(2).subjectId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.subjects.error.alreadyConfirmed");

        assertThat(subjectRights.exportFor(id).json()).isNotEmpty();
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.allMatchesConfirmed()).isTrue();
        assertThat(detail.covered()).allSatisfy(c -> {
            assertThat(c.matchConfirmedBy()).isEqualTo("dpo");
            assertThat(c.matchConfirmedAt()).isNotNull();
        });
        assertThat(auditActions(DataSubjectRef.pupil(f.secondChild()), "request " + id))
                .contains("RIGHTS_REQUEST_MATCH_CONFIRMED", "EXPORTED");
    }

    @Test
    void theExportNamesTheGuardianAndBothChildren() {
        Family f = family();
        long id = record(f, Right.ACCESS);
        confirmAll(id);

        SubjectRightsService.Export export = subjectRights.exportFor(id);

        JsonNode root = JsonMapper.builder().build().readTree(export.json());
        List<String> subjects = new ArrayList<>();
        root.get("subjects").forEach(s -> subjects.add(s.get("role").asString() + ":" + s.get("kind").asString() + "-" + s.get("id").asLong()));
        assertThat(subjects).containsExactly("requester:GUARDIAN-" + f.guardianId(), "child:PUPIL-" + f.firstChild(),
                "child:PUPIL-" + f.secondChild());
        String text = new String(export.json(), StandardCharsets.UTF_8);
        assertThat(text).contains(f.firstName()).contains(f.secondName());
        // The privacy part of each child lists the request made for them, with the confirmation.
        JsonNode secondPrivacy = root.get("subjects").get(2).get("parts").get("privacy");
        assertThat(secondPrivacy.get("rightsRequestsOnBehalf").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(secondPrivacy.get("rightsRequestsOnBehalf").get(0).get("matchConfirmedAt").isNull()).isFalse();
    }

    @Test
    void erasingOneChildLeavesTheOtherChildAndTheGuardian() {
        Family f = family();
        long id = record(f, Right.ERASURE);
        confirmAll(id);

        assertThat(subjectRights.preview(id, DataSubjectRef.pupil(f.firstChild()))).extracting(s -> s.subject().ref())
                .containsExactly(DataSubjectRef.pupil(f.firstChild()));
        subjectRights.erase(id, DataSubjectRef.pupil(f.firstChild()));

        assertThat(jdbc.queryForObject("select count(*) from pupil where first_name = ?", Integer.class, f.firstName())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pupil where first_name = ?", Integer.class, f.secondName())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from guardian where id = ? and first_name = ?", Integer.class,
                f.guardianId(), f.guardianName().split(" ")[0])).isEqualTo(1);
        assertThat(auditActions(DataSubjectRef.pupil(f.firstChild()), "request " + id)).contains("ERASED");
        assertThat(auditActions(DataSubjectRef.pupil(f.secondChild()), "request " + id)).doesNotContain("ERASED");
        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id)).doesNotContain("ERASED");
        // The request keeps covering the erased child: it is the proof of what was done, by reference only.
        assertThat(requestWorkflow.detail(id).covered()).hasSize(3);

        assertThatThrownBy(() -> subjectRights.erase(id, DataSubjectRef.pupil(f.strangerChild())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.notCovered");
    }

    @Test
    void aWrongProposedMatchIsRemovedAndTheRequestLinkedToTheRightPersonLater() {
        Family f = family();
        long id = record(f, Right.ACCESS);
        List<CoveredSubject> covered = requestWorkflow.detail(id).covered();

        // A wrong child is removed alone.
        requestIntake.removeMatch(id, covered.get(2).subjectId());
        assertThat(requestWorkflow.detail(id).covered()).extracting(CoveredSubject::ref)
                .containsExactly(DataSubjectRef.guardian(f.guardianId()), DataSubjectRef.pupil(f.firstChild()));
        // A confirmed match stays.
        requestIntake.confirmMatch(id, covered.get(1).subjectId());
        assertThatThrownBy(() -> requestIntake.removeMatch(id, covered.get(1).subjectId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.subjects.error.confirmedStays");
        assertThatThrownBy(() -> requestIntake.removeMatch(id, covered.get(0).subjectId()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.subjects.error.confirmedStays");
        assertThat(auditActions(DataSubjectRef.pupil(f.secondChild()), "request " + id)).contains("RIGHTS_REQUEST_MATCH_REMOVED");

        // A request from someone not found, linked afterwards to the guardian and one child, then confirmed.
        long unknown = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Quelqu’un " + unique("Inconnu"),
                null, null, RequestChannel.POST, LocalDate.now(clock), null));
        assertThatThrownBy(() -> subjectRights.exportFor(unknown))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.requesterUnknown");
        assertThatThrownBy(() -> requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.guardianId()), List.of(f.strangerChild())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.notGuardianOfPupil");
        assertThat(requestWorkflow.detail(unknown).requester()).isNull();

        requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.guardianId()), List.of(f.secondChild()));
        RequestDetail linked = requestWorkflow.detail(unknown);
        assertThat(linked.requester()).isEqualTo(DataSubjectRef.guardian(f.guardianId()));
        assertThat(linked.covered()).extracting(CoveredSubject::ref)
                .containsExactly(DataSubjectRef.guardian(f.guardianId()), DataSubjectRef.pupil(f.secondChild()));
        assertThatThrownBy(() -> requestIntake.linkRequester(unknown, DataSubjectRef.guardian(f.guardianId()), List.of()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.subjects.error.requesterAlreadyLinked");
        confirmAll(unknown);
        JsonNode root = JsonMapper.builder().build().readTree(subjectRights.exportFor(unknown).json());
        List<String> subjects = new ArrayList<>();
        root.get("subjects").forEach(s -> subjects.add(s.get("kind").asString() + "-" + s.get("id").asLong()));
        assertThat(subjects).containsExactly("GUARDIAN-" + f.guardianId(), "PUPIL-" + f.secondChild());

        // Removing the requester of a request with nothing confirmed unlinks it, with its children.
        long again = record(f, Right.ACCESS);
        requestIntake.removeMatch(again, requestWorkflow.detail(again).covered().get(0).subjectId());
        assertThat(requestWorkflow.detail(again).requester()).isNull();
        assertThat(requestWorkflow.detail(again).covered()).isEmpty();
    }

    @Test
    void eachExportedRequestCarriesItsOwnStatusHistory() {
        Family f = family();
        long first = record(f, Right.ACCESS);
        long second = record(f, Right.RECTIFICATION);
        requestWorkflow.changeStatus(second, RequestStatus.IN_PROGRESS, "Pris en charge");

        Map<String, Object> guardianPart = privacyPart.export(DataSubjectRef.guardian(f.guardianId()));
        assertThat(historyOf(guardianPart, first, "to")).containsExactly("RECEIVED");
        assertThat(historyOf(guardianPart, second, "to")).containsExactly("RECEIVED", "IN_PROGRESS");
        assertThat(historyOf(guardianPart, second, "note")).containsExactly(null, "Pris en charge");
        assertThat(privacyPart.describe(DataSubjectRef.guardian(f.guardianId())).held())
                .containsExactly("privacy.held.privacy.requestTexts");
        assertThat(privacyPart.describe(DataSubjectRef.guardian(f.guardianId())).retained())
                .extracting(PersonalDataHandler.Retained::what).contains("privacy.held.privacy.requests");
        assertThat(privacyPart.describe(DataSubjectRef.pupil(f.strangerChild())).held()).isEmpty();
    }

    /** One field of each step of the history of the exported request with this id, in order. */
    private static List<Object> historyOf(Map<String, Object> part, long requestId, String field) {
        List<Object> values = new ArrayList<>();
        for (Object request : (List<?>) part.get("rightsRequests")) {
            if (((Map<?, ?>) request).get("id").equals(requestId)) {
                ((List<?>) ((Map<?, ?>) request).get("history")).forEach(step -> values.add(((Map<?, ?>) step).get(field)));
                return values;
            }
        }
        throw new AssertionError("request " + requestId + " not exported");
    }

    @Test
    void thePrivacyPartListsTheRequestsThatCoverAPersonAndKeepsThemOnErasure() {
        Family f = family();
        long id = record(f, Right.ACCESS);
        confirmAll(id);

        Map<String, Object> childPart = privacyPart.export(DataSubjectRef.pupil(f.firstChild()));
        assertThat(childPart.get("rightsRequestsOnBehalf")).asList().hasSize(1);
        Map<String, Object> guardianPart = privacyPart.export(DataSubjectRef.guardian(f.guardianId()));
        assertThat(guardianPart.get("rightsRequests")).asList().singleElement()
                .satisfies(r -> assertThat(((Map<?, ?>) r).get("id")).isEqualTo(id));
        PersonalDataHandler.Holdings holdings = privacyPart.describe(DataSubjectRef.pupil(f.firstChild()));
        assertThat(holdings.held()).contains("privacy.held.privacy.requestsOnBehalfTexts");
        assertThat(holdings.retained()).extracting(PersonalDataHandler.Retained::what)
                .contains("privacy.held.privacy.requestsOnBehalf");

        privacyPart.anonymise(DataSubjectRef.pupil(f.firstChild()), "Personne-x");
        assertThat(jdbc.queryForObject("select description from rights_request where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from rights_request_subject where request_id = ?", Integer.class, id))
                .isEqualTo(3);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayNeitherSeeNorConfirmTheMatches() {
        assertThatThrownBy(() -> requestIntake.coveredPeople(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requestIntake.confirmMatch(1L, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requestIntake.removeMatch(1L, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requestIntake.linkRequester(1L, DataSubjectRef.guardian(1L), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theQueueFindsARequestByTheNameOfTheChildItWasMadeFor() {
        Family f = family();
        long id = record(f, Right.ACCESS);
        assertThat(requestQueue.search(new RequestFilter(null, null, null, false, f.secondName()), PageRequest.of(0, 10)))
                .extracting(RequestRow::id).containsExactly(id);
        assertThat(requestQueue.search(new RequestFilter(null, null, null, false, f.guardianName()), PageRequest.of(0, 10)))
                .extracting(RequestRow::id).containsExactly(id);
        PersonCard stranger = as(users, "admin", () -> pupils.detail(f.strangerChild()).person());
        assertThat(requestQueue.search(new RequestFilter(null, null, null, false, stranger.firstName()), PageRequest.of(0, 10)))
                .as("another family's child finds nothing").isEmpty();
    }
}
