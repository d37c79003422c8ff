package be.classeur.privacy;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.audit.AuditLog;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.calendar.LegalDeadline;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("dpo")
class RightsRequestsIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    Clock clock;
    @Autowired
    GuardianService guardians;
    @Autowired
    PupilService pupils;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long record(String name, LocalDate receivedOn, Right... rights) {
        return requestIntake.record(new RequestIntake(Set.of(rights), null, name, name.toLowerCase() + "@exemple.be", null,
                RequestChannel.EMAIL, receivedOn, "Je souhaite exercer mes droits."));
    }

    private List<RequestRow> searchText(String text, boolean overdueOnly) {
        return requestQueue.search(new RequestFilter(null, null, null, overdueOnly, text), PageRequest.of(0, 100)).getContent();
    }

    @Test
    void aStatusChangeOnARequestFromSomeoneOutsideTheRecordsIsStillAudited() {
        long id = record(unique("Inconnu"), today(), Right.ACCESS);     // no requester in the records

        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);

        assertThat(jdbc.queryForList("select subject_kind from audit_event where action = 'RIGHTS_REQUEST_STATUS' and detail = ?",
                String.class, "request " + id + ": RECEIVED -> IN_PROGRESS"))
                .as("one line naming the request, without a subject").hasSize(1).containsOnlyNulls();
    }

    @Test
    void theDeadlineIsOneMonthAfterReceiptCountedTheLegalWay() {
        String name = unique("Octobre");
        long id = record(name, LocalDate.of(2026, 10, 1), Right.ACCESS);

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.deadline()).isEqualTo(LegalDeadline.replyDeadline(LocalDate.of(2026, 10, 1)))
                .isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(detail.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(detail.daysLeft()).isEqualTo(ChronoUnit.DAYS.between(today(), LocalDate.of(2026, 11, 2)));
        assertThat(detail.history()).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(h.changedBy()).as("staff by name, not login").isEqualTo(be.classeur.accounts.DemoAccounts.PRIVACY_OFFICER.displayName());
        });
        assertThat(searchText(name, false)).singleElement()
                .satisfies(row -> assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 11, 2)));
    }

    @Test
    void aRequestWithoutRightOrReceivedInTheFutureIsRefusedAndNothingSaved() {
        String name = unique("Futur");
        assertThatThrownBy(() -> record(name, today().plusDays(1), Right.ERASURE))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.receivedInFuture");
        assertThatThrownBy(() -> record(name, today()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.noRight");
        assertThat(searchText(name, false)).isEmpty();
    }

    @Test
    void theStatusFlowRefusesIllegalJumps() {
        long id = record(unique("Flux"), today(), Right.RECTIFICATION);

        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.illegalStep");
        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.illegalStep");
        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.EXTENDED, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.illegalStep");

        requestWorkflow.changeStatus(id, RequestStatus.AWAITING_IDENTITY, "Homonyme possible");
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.RECEIVED, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.REFUSED, " "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.refusalNeedsReason");
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, "Données rectifiées");

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(detail.daysLeft()).isNull();
        assertThat(detail.nextSteps()).containsExactly(RequestStatus.CLOSED);
        assertThat(detail.history()).extracting(StatusChangeRow::to).containsExactly(RequestStatus.RECEIVED,
                RequestStatus.AWAITING_IDENTITY, RequestStatus.IN_PROGRESS, RequestStatus.ANSWERED);
    }

    @Test
    void aRequestCannotBeClosedWithoutARecordedReply() {
        long id = record(unique("Cloture"), today().minusDays(3), Right.ACCESS);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);

        assertThatThrownBy(() -> requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.closeWithoutReply");
        assertThat(requestWorkflow.detail(id).status()).isEqualTo(RequestStatus.ANSWERED);
        assertThatThrownBy(() -> requestWorkflow.recordReply(id, today().plusDays(1)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.replyDateInvalid");

        requestWorkflow.recordReply(id, today());
        requestWorkflow.changeStatus(id, RequestStatus.CLOSED, null);
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(detail.replyRecordedOn()).isEqualTo(today());
        assertThat(detail.nextSteps()).isEmpty();
    }

    @Test
    void theDeadlineIsExtendedOnceWithReasonsToThreeMonths() {
        LocalDate received = today().minusDays(5);
        long id = record(unique("Prolonge"), received, Right.PORTABILITY);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> requestWorkflow.extend(id, "  "))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.extensionReasonMissing");
        requestWorkflow.extend(id, "Export volumineux de plusieurs années de suivi");

        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.status()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(detail.extendedOn()).isEqualTo(today());
        assertThat(detail.extendedDeadline()).isEqualTo(LegalDeadline.extendedDeadline(received));
        assertThat(detail.deadline()).as("in force only once the notice is recorded as sent (ExtensionNoticeIT)")
                .isEqualTo(detail.firstDeadline()).isEqualTo(LegalDeadline.replyDeadline(received));
        assertThat(detail.canExtend()).isFalse();
        assertThatThrownBy(() -> requestWorkflow.extend(id, "Encore"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.alreadyExtended");
    }

    @Test
    void theDeadlineCannotBeExtendedAfterTheFirstDeadline() {
        LocalDate received = today().minusMonths(2);
        long id = record(unique("Tardif"), received, Right.ERASURE);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);

        assertThatThrownBy(() -> requestWorkflow.extend(id, "Trop tard pour prolonger"))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.extensionTooLate");
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.extendedOn()).isNull();
        assertThat(detail.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(detail.deadline()).isEqualTo(LegalDeadline.replyDeadline(received));
        assertThat(detail.daysLeft()).isNegative();
    }

    @Test
    void theQueueIsSortedByDeadlineAndTheOverdueFilterKeepsOpenLateRequests() {
        String name = unique("Ordre");
        long recent = record(name + "A", today(), Right.ACCESS);
        long oldest = record(name + "B", today().minusMonths(2), Right.OBJECTION);
        long middle = record(name + "C", today().minusDays(20), Right.RESTRICTION);
        long lateButAnswered = record(name + "D", today().minusMonths(3), Right.ACCESS);
        requestWorkflow.changeStatus(lateButAnswered, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(lateButAnswered, RequestStatus.ANSWERED, null);

        List<RequestRow> rows = searchText(name, false);
        assertThat(rows).extracting(RequestRow::id).containsExactly(lateButAnswered, oldest, middle, recent);
        assertThat(rows).extracting(RequestRow::deadline).isSorted();

        assertThat(searchText(name, true)).extracting(RequestRow::id).containsExactly(oldest);
        assertThat(requestQueue.search(new RequestFilter(null, null, null, true), PageRequest.of(0, 200)).getContent())
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.deadline()).isBefore(today());
                    assertThat(row.status().isOpen()).isTrue();
                })
                .extracting(RequestRow::deadline).isSorted();
        assertThat(requestQueue.search(new RequestFilter(null, Right.RESTRICTION, null, false, name), PageRequest.of(0, 10)).getContent())
                .extracting(RequestRow::id).containsExactly(middle);
        assertThat(requestQueue.dueSoonAndOverdue()).extracting(RequestRow::id).contains(oldest).doesNotContain(recent, lateButAnswered);
        assertThat(requestQueue.countDueSoonAndOverdue()).as("the navigation's count follows the same rule")
                .isEqualTo(requestQueue.dueSoonAndOverdue().size());
    }

    @Test
    void assigningShowsInTheQueueAndItsFilter() {
        String name = unique("Attribue");
        long id = record(name, today(), Right.ACCESS);
        requestWorkflow.assign(id, "dpo");
        assertThat(requestQueue.search(new RequestFilter(null, null, "dpo", false, name), PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(row -> assertThat(row.assignee()).isEqualTo("dpo"));
        assertThat(requestQueue.search(new RequestFilter(null, null, "someone-else", false, name), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void onlyAGuardianLinkedToThePupilMayAskOnTheirBehalf() {
        LinkRow link = guardians.search(PersonFilter.active(), PageRequest.of(0, 50)).getContent().stream()
                .flatMap(g -> guardians.pupilsOf(g.id()).stream())
                .filter(l -> l.pupilMinorOn(today())).findFirst().orElseThrow();
        long otherPupil = pupils.search(PupilFilter.active(), PageRequest.of(0, 200)).getContent().stream()
                .map(PupilRow::id)
                .filter(id -> guardians.pupilsOf(link.guardianId()).stream().noneMatch(l -> l.pupilId().equals(id)))
                .findFirst().orElseThrow();
        String name = unique("Parent");

        assertThatThrownBy(() -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(link.guardianId()),
                name, null, List.of(otherPupil), RequestChannel.IN_PERSON, today(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.notGuardianOfPupil");
        assertThatThrownBy(() -> requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null,
                name, null, List.of(link.pupilId()), RequestChannel.IN_PERSON, today(), null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.error.notGuardianOfPupil");
        assertThat(searchText(name, false)).isEmpty();

        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(link.guardianId()),
                name, null, List.of(link.pupilId()), RequestChannel.IN_PERSON, today(), null));
        RequestDetail detail = requestWorkflow.detail(id);
        assertThat(detail.represented()).extracting(CoveredSubject::ref).containsExactly(DataSubjectRef.pupil(link.pupilId()));
        assertThat(detail.requester()).isEqualTo(DataSubjectRef.guardian(link.guardianId()));
        assertThat(auditLog.latestAbout(DataSubjectRef.guardian(link.guardianId()), 20))
                .extracting(AuditLog.AuditLine::action).contains("RIGHTS_REQUEST_RECORDED", "RIGHTS_REQUEST_VIEWED");
    }

    @Test
    void everyPrivacyLabelIsTranslatedInTheThreeLanguages() throws java.io.IOException {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (Right r : Right.values()) keys.add(r.labelKey());
        for (RequestStatus st : RequestStatus.values()) keys.add(st.labelKey());
        for (RequestChannel c : RequestChannel.values()) keys.add(c.labelKey());
        for (String language : new String[] {"fr", "en", "nl"}) {
            java.util.Properties p = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotRecordARequest() {
        assertThatThrownBy(() -> record(unique("Admin"), today(), Right.ACCESS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCannotSearchTheQueue() {
        assertThatThrownBy(() -> requestQueue.search(RequestFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerCannotRecordARequest() {
        assertThatThrownBy(() -> record(unique("Formateur"), today(), Right.ACCESS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerCannotSearchTheQueue() {
        assertThatThrownBy(() -> requestQueue.search(RequestFilter.all(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }
}
