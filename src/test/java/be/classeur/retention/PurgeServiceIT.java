package be.classeur.retention;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestIntake;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.erasure.LegalHoldException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.TrainerService;
import be.classeur.retention.domain.PurgeCandidate;
import be.classeur.retention.domain.PurgeCandidateRepository;
import be.classeur.retention.domain.PurgeStatus;
import java.util.Set;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The purge list and the purge, on the real database, as the privacy officer (the clock is fixed by the test profile). */
@SpringBootTest
@WithUserDetails("dpo")
class PurgeServiceIT {
    @Autowired
    PurgeService purge;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RetentionFixtures fixtures;
    @Autowired
    PurgeCandidateRepository candidates;
    @Autowired
    TrainerService trainers;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private List<DataSubjectRef> pastDue(int count) {
        List<DataSubjectRef> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(fixtures.trainerKeptUntil(fixtures.today().minusDays(1 + i)));
        }
        return people;
    }

    private List<Long> listed(List<DataSubjectRef> people) {
        fixtures.list();
        return people.stream().map(fixtures::candidateOf).toList();
    }

    /** The results by purge-list row: the run goes in row order, which the listing sets by date, not by person. */
    private static Map<Long, PurgeReport.Result> byCandidate(PurgeReport report) {
        return report.results().stream().collect(Collectors.toMap(PurgeReport.Result::candidateId, Function.identity()));
    }

    private String nameOf(DataSubjectRef trainer) {
        return as(users, "admin", () -> trainers.nameOf(trainer.id()).orElseThrow());
    }

    @Test
    void theListingQueuesThePastAndListsTheNearingOncePerPerson() {
        DataSubjectRef past = fixtures.trainerKeptUntil(fixtures.today().minusDays(3));
        DataSubjectRef nearing = fixtures.trainerKeptUntil(fixtures.today().plusDays(30));
        DataSubjectRef later = fixtures.trainerKeptUntil(fixtures.today().plusDays(200));

        fixtures.list();
        fixtures.list(); // twice: still one row per person

        assertThat(candidates.findByPersonKindAndPersonId(past.kind(), past.id())).get()
                .extracting(PurgeCandidate::getStatus).isEqualTo(PurgeStatus.QUEUED);
        assertThat(candidates.findByPersonKindAndPersonId(nearing.kind(), nearing.id())).get()
                .extracting(PurgeCandidate::getStatus).isEqualTo(PurgeStatus.NEARING);
        assertThat(candidates.findByPersonKindAndPersonId(later.kind(), later.id())).isEmpty();

        // A new contact moves the nearing person out of the window: they leave the list.
        fixtures.keepUntil(nearing, fixtures.today().plusYears(5));
        fixtures.list();
        assertThat(candidates.findByPersonKindAndPersonId(nearing.kind(), nearing.id())).isEmpty();
    }

    @Test
    void thePurgeReadsTheChosenRecordsInBatchesAndErasesEach() {
        List<DataSubjectRef> people = pastDue(5);
        List<Long> ids = listed(people);
        String before = nameOf(people.getFirst());
        List<Integer> batches = new ArrayList<>();
        List<Long> done = new ArrayList<>();

        PurgeReport report = purge.purge(ids, (batch, processed, total) -> {
            batches.add(batch);
            done.add(processed);
        }, 2);

        assertThat(batches).containsExactly(1, 2, 3);
        assertThat(done).containsExactly(2L, 4L, 5L);
        assertThat(report.batches()).isEqualTo(3);
        assertThat(report.results()).extracting(PurgeReport.Result::candidateId).containsExactlyElementsOf(ids.stream().sorted().toList());
        assertThat(report.results()).extracting(PurgeReport.Result::status).containsOnly(PurgeStatus.PURGED);
        assertThat(nameOf(people.getFirst())).isNotEqualTo(before).contains("Retention-" + ids.getFirst());
        // The purged row stays as the purge's trace.
        assertThat(candidates.findAllById(ids)).extracting(PurgeCandidate::getStatus).containsOnly(PurgeStatus.PURGED);
        // Purged again: nothing happens, the record no longer waits.
        assertThat(purge.purge(ids.subList(0, 1), ProgressListener.NONE).results().getFirst().status()).isEqualTo(PurgeStatus.PURGED);
    }

    @Test
    void aRecordThatGainedAContactSinceTheListingIsSkippedAndReported() {
        List<DataSubjectRef> people = pastDue(2);
        List<Long> ids = listed(people);
        String name = nameOf(people.get(1));
        fixtures.keepUntil(people.get(1), fixtures.today().plusYears(5)); // a contact recorded meanwhile

        PurgeReport report = purge.purge(ids, ProgressListener.NONE);

        Map<Long, PurgeReport.Result> byId = byCandidate(report);
        assertThat(byId.get(ids.get(0)).status()).isEqualTo(PurgeStatus.PURGED);
        assertThat(byId.get(ids.get(1)).status()).isEqualTo(PurgeStatus.SKIPPED_CONTACT);
        assertThat(byId.get(ids.get(1)).detail().key()).isEqualTo("retention.purge.result.contact");
        assertThat(nameOf(people.get(1))).isEqualTo(name);
        assertThat(candidates.findById(ids.get(1))).get().extracting(PurgeCandidate::getStatus).isEqualTo(PurgeStatus.SKIPPED_CONTACT);
    }

    @Autowired
    LegalHoldService holds;

    @Test
    void aRecordPutUnderALegalHoldSinceTheListingIsSkippedWithTheHoldsReason() {
        List<DataSubjectRef> people = pastDue(2);
        List<Long> ids = listed(people);
        String name = nameOf(people.get(0));
        holds.place(people.get(0), "Litige en cours", null);

        PurgeReport report = purge.purge(ids, ProgressListener.NONE);

        Map<Long, PurgeReport.Result> byId = byCandidate(report);
        assertThat(byId.get(ids.get(0)).status()).isEqualTo(PurgeStatus.SKIPPED_HOLD);
        assertThat(byId.get(ids.get(1)).status()).isEqualTo(PurgeStatus.PURGED);
        assertThat(byId.get(ids.get(0)).detail().render(Locale.FRENCH)).contains("Litige en cours");
        assertThat(nameOf(people.get(0))).isEqualTo(name);
        assertThat(candidates.findById(ids.getFirst())).get().extracting(PurgeCandidate::getStatus)
                .isEqualTo(PurgeStatus.SKIPPED_HOLD);
    }

    @Test
    void theOfficerPurgesANearingRecordNowFromItsPageUnlessItIsHeld() {
        DataSubjectRef nearing = fixtures.trainerKeptUntil(fixtures.today().plusDays(30));
        DataSubjectRef held = fixtures.trainerKeptUntil(fixtures.today().plusDays(30));
        String heldName = nameOf(held);
        holds.place(held, "Contrôle de l'ONSS en cours", null);

        assertThatThrownBy(() -> purge.purgeNow(held)).isInstanceOf(LegalHoldException.class)
                .extracting(e -> ((LegalHoldException) e).hold().reason()).isEqualTo("Contrôle de l'ONSS en cours");
        assertThat(nameOf(held)).isEqualTo(heldName);

        String name = nameOf(nearing);
        purge.purgeNow(nearing);

        assertThat(nameOf(nearing)).isNotEqualTo(name).doesNotContain(name);
        assertThat(candidates.findById(fixtures.candidateOf(nearing))).get().extracting(PurgeCandidate::getStatus)
                .isEqualTo(PurgeStatus.PURGED);
        assertThatThrownBy(() -> purge.purgeNow(nearing)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aPersonARightsRequestStillWaitsOnIsKeptUntilItIsAnswered() {
        List<DataSubjectRef> people = pastDue(2);
        List<Long> ids = listed(people);
        DataSubjectRef asking = people.get(0);
        long request = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), asking, nameOf(asking), null, null,
                RequestChannel.POST, fixtures.today(), "Copie de mes données"));

        PurgeReport report = purge.purge(ids, ProgressListener.NONE);

        Map<Long, PurgeReport.Result> byId = byCandidate(report);
        assertThat(byId.get(ids.get(0)).status()).isEqualTo(PurgeStatus.SKIPPED_HOLD);
        assertThat(byId.get(ids.get(1)).status()).isEqualTo(PurgeStatus.PURGED);
        assertThat(byId.get(ids.get(0)).detail().key()).isEqualTo("retention.purge.result.openRequest");
        assertThatThrownBy(() -> purge.purgeNow(asking)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("retention.purge.error.openRequest");

        requestWorkflow.detail(request).covered().forEach(c -> requestIntake.confirmMatch(request, c.subjectId()));
        requestWorkflow.changeStatus(request, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.recordReply(request, fixtures.today());
        purge.purgeNow(asking);
        assertThat(candidates.findById(ids.getFirst())).get().extracting(PurgeCandidate::getStatus)
                .isEqualTo(PurgeStatus.PURGED);
    }

    @Test
    void oneFailingRecordDoesNotStopTheOthersAndIsReportedFailed() {
        List<DataSubjectRef> people = pastDue(3);
        List<Long> ids = listed(people);
        fixtures.forget(people.get(1)); // the person was deleted meanwhile, and their date with them

        PurgeReport report = purge.purge(ids, ProgressListener.NONE, 2);

        Map<Long, PurgeReport.Result> byId = byCandidate(report);
        assertThat(ids).extracting(id -> byId.get(id).status())
                .containsExactly(PurgeStatus.PURGED, PurgeStatus.FAILED, PurgeStatus.PURGED);
        assertThat(byId.get(ids.get(1)).detail().key()).isEqualTo("retention.purge.result.noRecord");
        PurgeCandidate failed = candidates.findById(ids.get(1)).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(PurgeStatus.FAILED);
        assertThat(failed.result().key()).isEqualTo("retention.purge.result.noRecord");
        assertThat(failed.getDecidedBy()).isEqualTo("dpo");
    }

    @Test
    void theDryRunCountsAndWritesNothing() {
        List<DataSubjectRef> people = pastDue(2);
        List<Long> ids = listed(people);
        fixtures.keepUntil(people.get(1), fixtures.today().plusYears(5)); // newer contact
        DryRun before = purge.dryRun();
        List<Long> versions = candidates.findAllById(ids).stream().map(PurgeCandidate::getVersion).toList();
        Integer auditLines = jdbc.queryForObject("select count(*) from audit_event", Integer.class);
        String name = nameOf(people.getFirst());

        DryRun again = purge.dryRun();

        assertThat(again).isEqualTo(before);
        assertThat(again.wouldPurge().get(be.classeur.kernel.PersonKind.TRAINER)).isPositive();
        assertThat(again.totalNewerContact()).isPositive();
        assertThat(candidates.findAllById(ids)).extracting(PurgeCandidate::getStatus).containsOnly(PurgeStatus.QUEUED);
        assertThat(candidates.findAllById(ids).stream().map(PurgeCandidate::getVersion).toList()).isEqualTo(versions);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(auditLines);
        assertThat(nameOf(people.getFirst())).isEqualTo(name);

        // Purging one of them makes the next dry run count one fewer to purge.
        purge.purge(ids.subList(0, 1), ProgressListener.NONE);
        assertThat(purge.dryRun().totalWouldPurge()).isEqualTo(again.totalWouldPurge() - 1);
    }

    @Test
    void theListIsFilteredAndSortedOnAllowedColumnsAndExportedWithNames() {
        List<DataSubjectRef> people = pastDue(2);
        List<Long> ids = listed(people);
        PurgeFilter queuedTrainers = new PurgeFilter(be.classeur.kernel.PersonKind.TRAINER, PurgeStatus.QUEUED,
                fixtures.today().minusDays(2), fixtures.today().minusDays(1));

        List<PurgeCandidateRow> rows = purge.candidates(queuedTrainers,
                org.springframework.data.domain.PageRequest.of(0, 500, org.springframework.data.domain.Sort.by("keepUntil"))).getContent();

        assertThat(rows).extracting(PurgeCandidateRow::id).containsAll(ids);
        assertThat(rows).extracting(PurgeCandidateRow::keepUntil).isSorted();
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(PurgeStatus.QUEUED));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        purge.exportCsv(queuedTrainers, Locale.FRENCH, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst()).hasValue("Type,Numéro,Nom,Dernier contact,Conserver jusqu’au,Statut");
        assertThat(csv).contains(nameOf(people.getFirst())).contains(nameOf(people.get(1))).contains("À purger");
        Integer accessLines = jdbc.queryForObject("select count(*) from audit_event where action = 'RETENTION_EXPORTED'"
                + " and subject_kind = 'TRAINER' and subject_id = ?", Integer.class, people.getFirst().id());
        assertThat(accessLines).isEqualTo(1);
    }

    @Test
    void aDismissedRecordStaysOffThePurgeUntilItsLimitChanges() {
        List<DataSubjectRef> people = pastDue(1);
        long id = listed(people).getFirst();

        purge.dismiss(id);
        fixtures.list();

        assertThat(candidates.findById(id)).get().extracting(PurgeCandidate::getStatus).isEqualTo(PurgeStatus.DISMISSED);
        assertThat(purge.purge(List.of(id), ProgressListener.NONE).results().getFirst().status()).isEqualTo(PurgeStatus.DISMISSED);
    }

    @Test
    void administratorsAndTrainersMayNotPurgeNorReadTheList() {
        List<Long> ids = listed(pastDue(1));
        for (String login : List.of("admin", "formateur")) {
            assertThatThrownBy(() -> as(users, login, () -> purge.purge(ids, ProgressListener.NONE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, login, () -> purge.candidates(PurgeFilter.all(),
                    org.springframework.data.domain.PageRequest.of(0, 10)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(users, login, purge::dryRun)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(candidates.findById(ids.getFirst())).get().extracting(PurgeCandidate::getStatus).isEqualTo(PurgeStatus.QUEUED);
    }
}
