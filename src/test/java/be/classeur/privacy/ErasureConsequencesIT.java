package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentRow;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.GroupDetail;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What erasure does besides clearing text: the erased pupil leaves their groups, their pseudonymised record is
 * read-only, the reply still reaches the requester, and the preview lists what really happens.
 */
@SpringBootTest
@WithUserDetails("dpo")
class ErasureConsequencesIT {
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    ContactService contacts;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    LetterService letters;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Setup(long pupilId, long guardianId, long groupId, long laterGroupId, long requestId, String guardianName,
                         String guardianEmail) {
    }

    /** A pupil (with a guardian) in a full group since last month and enrolled in a group that starts next month. */
    private Setup erasurePending(RequestChannel channel, boolean guardianAsks) {
        String guardianFirst = unique("Mere");
        String guardianLast = unique("Mereno");
        String guardianEmail = unique("mere.") + "@exemple.be";
        long[] ids = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(unique("Enfant"));
            pupil.setLastName(unique("Enfantno"));
            pupil.setStreet("Rue de l’Élève 4");
            pupil.setPostalCode("1300");
            pupil.setCity("Wavre");
            pupil.setEmail(unique("eleve.") + "@exemple.be");
            pupil.setBirthDate(today().minusYears(guardianAsks ? 12 : 19));
            pupil.setSchoolYear(SchoolYear.S2);
            Guardian guardian = new Guardian();
            guardian.setFirstName(guardianFirst);
            guardian.setLastName(guardianLast);
            guardian.setEmail(guardianEmail);
            guardian.setStreet("Avenue des Parents 12");
            guardian.setPostalCode("1000");
            guardian.setCity("Bruxelles");
            long pupilId = pupils.save(pupil, List.of(new GuardianLinkDraft(null, guardian, Relationship.MOTHER))).getId();
            long guardianId = pupils.detail(pupilId).guardians().getFirst().guardianId();
            contacts.record(DataSubjectRef.pupil(pupilId), ContactKind.PHONE, today(), "Premier appel");
            long groupId = group(1, today().minusMonths(2));
            enrolments.enrol(groupId, pupilId, today().minusMonths(1), null, false);
            long laterGroupId = group(8, today().plusMonths(1));
            enrolments.enrol(laterGroupId, pupilId, today().plusMonths(1), null, false);
            return new long[] {pupilId, guardianId, groupId, laterGroupId};
        });
        long requestId = guardianAsks
                ? requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.guardian(ids[1]),
                        guardianFirst + " " + guardianLast, guardianEmail, List.of(ids[0]), channel, today(), "Effacez tout."))
                : requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.pupil(ids[0]),
                        "L’élève", null, null, channel, today(), "Effacez tout."));
        requestWorkflow.detail(requestId).covered().forEach(c -> requestIntake.confirmMatch(requestId, c.subjectId()));
        requestWorkflow.changeStatus(requestId, RequestStatus.IN_PROGRESS, null);
        return new Setup(ids[0], ids[1], ids[2], ids[3], requestId, guardianFirst + " " + guardianLast, guardianEmail);
    }

    private long group(int capacity, LocalDate periodStart) {
        Period period = periods.save(new Period(unique("Période "), PeriodKind.SCHOOL_YEAR, periodStart, periodStart.plusMonths(8)));
        CourseGroup group = new CourseGroup();
        group.setName(unique("Groupe "));
        group.setSubject(catalogues.activeSubjects().getFirst());
        group.setPeriod(period);
        group.setLevels(Set.of(SchoolYear.S2));
        group.setCapacity(capacity);
        group.setStatus(GroupStatus.RUNNING);
        return groups.save(group).getId();
    }

    @Test
    void anErasedPupilsEnrolmentsEndOnTheDayOfErasureAndFreeTheirPlace() {
        Setup s = erasurePending(RequestChannel.EMAIL, true);
        GroupDetail before = as(users, "admin", () -> groups.detail(s.groupId()));
        assertThat(before.enrolledToday()).isEqualTo(1L);

        subjectRights.erase(s.requestId(), DataSubjectRef.pupil(s.pupilId()));

        GroupDetail after = as(users, "admin", () -> groups.detail(s.groupId()));
        assertThat(after.enrolledToday()).as("no longer counted against the capacity").isZero();
        assertThat(after.roster()).singleElement().satisfies(row -> {
            assertThat(row.current()).as("no longer listed as current").isFalse();
            assertThat(row.endsOn()).as("the last day counted is the eve of the erasure").isEqualTo(today().minusDays(1));
        });
        assertThat(as(users, "admin", () -> groups.detail(s.laterGroupId())).roster())
                .as("an enrolment not begun yet holds no attendance to keep").isEmpty();
        // The freed place can be taken without going over capacity.
        long other = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(unique("Suivant"));
            pupil.setLastName(unique("Suivantno"));
            pupil.setBirthDate(today().minusYears(19));
            pupil.setSchoolYear(SchoolYear.S2);
            long id = pupils.save(pupil, List.of()).getId();
            return enrolments.enrol(s.groupId(), id, today(), null, false).getId();
        });
        assertThat(other).isPositive();
    }

    @Test
    void anAdministratorCannotEditReactivateEnrolOrAddContactsToAnErasedRecord() {
        Setup s = erasurePending(RequestChannel.EMAIL, true);
        subjectRights.erase(s.requestId(), null);

        List<Runnable> writes = new ArrayList<>();
        writes.add(() -> {
            Pupil pupil = pupils.forEdit(s.pupilId());
            pupil.setFirstName("Revenu");
            pupils.save(pupil, List.of());
        });
        writes.add(() -> {
            Pupil pupil = pupils.forEdit(s.pupilId());
            pupils.restore(s.pupilId(), pupil.getVersion());
        });
        writes.add(() -> {
            Guardian guardian = guardians.forEdit(s.guardianId());
            guardians.restore(s.guardianId(), guardian.getVersion());
        });
        writes.add(() -> {
            Guardian guardian = guardians.forEdit(s.guardianId());
            guardian.setNotes("Retrouvé");
            guardians.save(guardian, List.of());
        });
        writes.add(() -> contacts.record(DataSubjectRef.pupil(s.pupilId()), ContactKind.PHONE, today(), "Nouvel appel"));
        writes.add(() -> enrolments.enrol(s.laterGroupId(), s.pupilId(), today().plusMonths(1), null, false));
        for (Runnable write : writes) {
            assertThatThrownBy(() -> as(users, "admin", () -> {
                write.run();
                return null;
            })).isInstanceOfSatisfying(BusinessRuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("people.error.anonymised"));
        }
        assertThat(as(users, "admin", () -> pupils.detail(s.pupilId())).person().anonymised()).isTrue();
        assertThat(jdbc.queryForObject("select archived from pupil where id = ?", Boolean.class, s.pupilId())).isTrue();
    }

    @Test
    void theReplyToAnErasedRequesterIsAddressedToThemUntilItIsRecordedAsSent() {
        Setup s = erasurePending(RequestChannel.EMAIL, true);
        subjectRights.erase(s.requestId(), null);

        Letter reply = letters.render(s.requestId(), LetterKind.COMPLETION, "fr");
        assertThat(reply.body()).as("the salutation names the requester, not the pseudonym").contains(s.guardianName())
                .doesNotContain("Personne-");
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId()))
                .as("the e-mail the reply goes to").isEqualTo(s.guardianEmail());
        assertThat(jdbc.queryForObject("select description from rights_request where id = ?", String.class, s.requestId()))
                .as("free text goes at once").isNull();

        requestWorkflow.recordReply(s.requestId(), today());

        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId()))
                .isNull();
        assertThat(jdbc.queryForObject("select requester_name from rights_request where id = ?", String.class, s.requestId()))
                .isEqualTo("Personne-" + s.requestId() + "-GUARDIAN-" + s.guardianId());
        assertThat(letters.render(s.requestId(), LetterKind.COMPLETION, "fr").body()).doesNotContain(s.guardianName());
    }

    @Test
    void markingTheCompletionLetterSentIsTheReplyAndTheRequestForgetsTheRequestersAddress() {
        Setup s = erasurePending(RequestChannel.EMAIL, true);
        subjectRights.erase(s.requestId(), null);
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId()))
                .isEqualTo(s.guardianEmail());

        letters.markSent(s.requestId(), LetterKind.COMPLETION, "fr", today(), RequestChannel.EMAIL);

        assertThat(requestWorkflow.detail(s.requestId()).replyRecordedOn()).as("the letter is the reply").isEqualTo(today());
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId()))
                .isNull();
        assertThat(jdbc.queryForObject("select requester_name from rights_request where id = ?", String.class, s.requestId()))
                .isEqualTo("Personne-" + s.requestId() + "-GUARDIAN-" + s.guardianId());
    }

    @Test
    void aReplyByPostKeepsThePostalAddressUntilTheReplyIsRecordedThenForgetsEverything() {
        Setup s = erasurePending(RequestChannel.POST, false);
        subjectRights.erase(s.requestId(), null);

        String address = jdbc.queryForObject("select reply_address from rights_request where id = ?", String.class, s.requestId());
        assertThat(address).contains("Rue de l’Élève 4").contains("1300 Wavre");
        assertThat(jdbc.queryForObject("select street from pupil where id = ?", String.class, s.pupilId()))
                .as("the record itself is erased").isNull();
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId()))
                .as("the e-mail on the record, for a reply by e-mail").isNotBlank();

        requestWorkflow.recordReply(s.requestId(), today());

        assertThat(jdbc.queryForObject("select reply_address from rights_request where id = ?", String.class, s.requestId())).isNull();
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class, s.requestId())).isNull();
        assertThat(jdbc.queryForObject("select requester_name from rights_request where id = ?", String.class, s.requestId()))
                .isEqualTo("Personne-" + s.requestId() + "-PUPIL-" + s.pupilId());
    }

    @Test
    void thePreviewListsAsErasedOnlyWhatGoesAndAsKeptWhatStays() {
        Setup s = erasurePending(RequestChannel.EMAIL, true);
        List<SubjectRightsService.SubjectHoldings> preview = subjectRights.preview(s.requestId(), DataSubjectRef.pupil(s.pupilId()));
        List<PersonalDataHandler.Holdings> parts = preview.getFirst().holdings();
        List<String> erased = parts.stream().flatMap(p -> p.held().stream()).toList();
        List<String> kept = parts.stream().flatMap(p -> p.retained().stream()).map(PersonalDataHandler.Retained::what).toList();
        assertThat(erased).as("nothing is said to be both erased and kept").doesNotContainAnyElementsOf(kept);
        assertThat(erased).contains("privacy.held.people.contacts", "privacy.held.courses.enrolmentsNotBegun",
                "privacy.held.audit.details", "privacy.held.privacy.requestsOnBehalfTexts");
        assertThat(kept).contains("privacy.held.courses.enrolmentsEnded", "privacy.held.audit.lines",
                "privacy.held.people.pseudonymousRecord.pupil");

        // Before: the contact history and the audit details exist, so that their absence afterwards proves the erasure.
        assertThat(as(users, "admin", () -> contacts.history(DataSubjectRef.pupil(s.pupilId()), PageRequest.of(0, 10))))
                .as("the contact history before").isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'PUPIL' and subject_id = ?"
                + " and detail is not null", Long.class, s.pupilId())).as("audit details before").isPositive();

        subjectRights.erase(s.requestId(), DataSubjectRef.pupil(s.pupilId()));

        // What the preview said goes, went; what it said stays, stayed.
        assertThat(as(users, "admin", () -> contacts.history(DataSubjectRef.pupil(s.pupilId()), PageRequest.of(0, 10))))
                .as("the contact history").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from enrolment where pupil_id = ?", Long.class, s.pupilId()))
                .as("the enrolment begun, ended").isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'PUPIL' and subject_id = ?"
                + " and detail is not null and action <> 'ERASED'", Long.class, s.pupilId())).as("audit details").isZero();
        assertThat(jdbc.queryForObject("select count(*) from pupil where id = ?", Long.class, s.pupilId())).isEqualTo(1L);
    }
}
