package be.classeur.lists;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.privacy.RequestFilter;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestRow;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import be.classeur.retention.HoldInForceRow;
import be.classeur.retention.LegalHoldRow;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.PurgeCandidateRow;
import be.classeur.retention.PurgeFilter;
import be.classeur.retention.PurgeService;
import be.classeur.retention.RetentionFixtures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 12: every figure of the dashboard is a count query of the module that owns the data, and the list it opens
 * shows exactly the rows counted. Each figure is compared with the whole list read page by page, on a fixture of
 * this test (unique people and requests; the purge rows, holds and restrictions it sets are undone at the end).
 */
@SpringBootTest
@WithUserDetails("dpo")
class FiguresMatchListsIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    PurgeService purge;
    @Autowired
    LegalHoldService holds;
    @Autowired
    RetentionFixtures fixtures;
    @Autowired
    PersonDirectory directory;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    ConsentLedger ledger;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** Every row of a list, read page by page as the grid reads it. */
    private static <T> List<T> all(Function<Pageable, Slice<T>> list) {
        List<T> rows = new ArrayList<>();
        Pageable page = PageRequest.of(0, 100);
        while (true) {
            Slice<T> slice = list.apply(page);
            rows.addAll(slice.getContent());
            if (!slice.hasNext()) {
                return rows;
            }
            page = slice.nextPageable();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long request(String name, LocalDate receivedOn) {
        return requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                receivedOn, "Je souhaite une copie de mes données."));
    }

    @Test
    void eachDeadlineGroupCountsTheRowsOfTheQueueItOpens() {
        String name = unique("Tableau");
        long overdue = request(name, today().minusDays(45));
        long dueSoon = request(name, today().minusDays(27));
        long later = request(name, today());
        long unnotified = request(name, today().minusDays(27));
        requestWorkflow.changeStatus(unnotified, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.extend(unnotified, "Complexité de la demande : dix ans d'archives papier");
        long identity = request(name, today());
        requestWorkflow.changeStatus(identity, RequestStatus.AWAITING_IDENTITY, null);
        Map<DeadlineBucket, Long> ours = Map.of(DeadlineBucket.OVERDUE, overdue, DeadlineBucket.DUE_SOON, dueSoon,
                DeadlineBucket.LATER, later, DeadlineBucket.EXTENSION_NOTICE_UNSENT, unnotified,
                DeadlineBucket.AWAITING_IDENTITY, identity);

        var figures = requestQueue.figures();
        for (DeadlineBucket bucket : DeadlineBucket.values()) {
            List<RequestRow> rows = all(page -> requestQueue.search(RequestFilter.of(bucket), page));
            assertThat(figures.count(bucket)).as(bucket + ": the figure is the number of rows").isEqualTo(rows.size());
            assertThat(rows).as(bucket.name()).extracting(RequestRow::id).contains(ours.get(bucket));
        }
        assertThat(all(page -> requestQueue.search(RequestFilter.of(DeadlineBucket.LATER), page)))
                .extracting(RequestRow::id).doesNotContain(overdue, dueSoon);
    }

    @Test
    void eachPurgeFigureOfEachKindCountsTheRowsOfThePurgeListItOpens() {
        DataSubjectRef past = fixtures.trainerKeptUntil(today().minusDays(3));
        DataSubjectRef failed = fixtures.trainerKeptUntil(today().minusDays(4));
        DataSubjectRef held = fixtures.trainerKeptUntil(today().minusDays(5));
        DataSubjectRef nearing = fixtures.trainerKeptUntil(today().plusDays(20));
        fixtures.list();
        List<Long> ours = List.of(fixtures.candidateOf(past), fixtures.candidateOf(failed), fixtures.candidateOf(held),
                fixtures.candidateOf(nearing));
        jdbc.update("update retention_purge_candidate set status = 'FAILED' where id = ?", fixtures.candidateOf(failed));
        jdbc.update("update retention_purge_candidate set status = 'SKIPPED_HOLD' where id = ?", fixtures.candidateOf(held));
        try {
            Map<PersonKind, PurgeService.Counts> counts = purge.countsByKind();
            for (PersonKind kind : PersonKind.values()) {
                PurgeService.Counts c = counts.get(kind);
                assertThat(c.nearing()).as(kind + " nearing").isEqualTo(all(p -> purge.candidates(PurgeFilter.nearing(kind), p)).size());
                assertThat(c.past()).as(kind + " past").isEqualTo(all(p -> purge.candidates(PurgeFilter.past(kind), p)).size());
                assertThat(c.held()).as(kind + " held").isEqualTo(all(p -> purge.candidates(PurgeFilter.held(kind), p)).size());
            }
            assertThat(all(p -> purge.candidates(PurgeFilter.past(PersonKind.TRAINER), p))).extracting(PurgeCandidateRow::id)
                    .contains(fixtures.candidateOf(past), fixtures.candidateOf(failed))
                    .doesNotContain(fixtures.candidateOf(held), fixtures.candidateOf(nearing));
            assertThat(all(p -> purge.candidates(PurgeFilter.held(PersonKind.TRAINER), p))).extracting(PurgeCandidateRow::id)
                    .contains(fixtures.candidateOf(held));
            // The totals of every kind are the page's own figures.
            PurgeService.Counts total = purge.counts();
            assertThat(counts.values().stream().mapToLong(PurgeService.Counts::nearing).sum()).isEqualTo(total.nearing());
            assertThat(counts.values().stream().mapToLong(PurgeService.Counts::past).sum()).isEqualTo(total.past());
            assertThat(counts.values().stream().mapToLong(PurgeService.Counts::held).sum()).isEqualTo(total.held());
        } finally {
            // Off the list for the other tests' runs: kept by the officer's decision.
            ours.forEach(id -> jdbc.update("update retention_purge_candidate set status = 'DISMISSED' where id = ?", id));
        }
    }

    @Test
    void theHoldsInForceAreTheRowsCountedNotTheLiftedOnes() {
        DataSubjectRef open = fixtures.trainerKeptUntil(today().plusYears(3));
        DataSubjectRef endsToday = fixtures.trainerKeptUntil(today().plusYears(3));
        DataSubjectRef lifted = fixtures.trainerKeptUntil(today().plusYears(3));
        LegalHoldRow a = holds.place(open, "Litige en cours " + unique("n"), null);
        LegalHoldRow b = holds.place(endsToday, "Contrôle de l’inspection", today());
        LegalHoldRow c = holds.place(lifted, "Levé aussitôt", null);
        holds.lift(c.id(), c.version());
        try {
            List<HoldInForceRow> rows = all(holds::inForce);
            assertThat(holds.countActive()).isEqualTo(rows.size());
            assertThat(rows).extracting(HoldInForceRow::holdId).contains(a.id(), b.id()).doesNotContain(c.id());
            HoldInForceRow row = rows.stream().filter(r -> r.holdId() == a.id()).findFirst().orElseThrow();
            assertThat(row.person()).isEqualTo(open);
            assertThat(row.name()).startsWith("Reten");
            assertThat(row.placedBy()).isEqualTo("dpo");
        } finally {
            holds.lift(a.id(), holds.of(open).getFirst().version());
            holds.lift(b.id(), holds.of(endsToday).getFirst().version());
        }
    }

    @Test
    void theRestrictedPeopleOfEachKindAreTheRowsOfTheListItOpens() {
        DataSubjectRef trainer = fixtures.trainerKeptUntil(today().plusYears(3));
        DataSubjectRef archived = fixtures.trainerKeptUntil(today().plusYears(3));
        jdbc.update("update trainer set restricted = true where id in (?, ?)", trainer.id(), archived.id());
        jdbc.update("update trainer set archived = true where id = ?", archived.id());
        try {
            Map<PersonKind, Long> counts = directory.countRestricted();
            assertThat(counts.get(PersonKind.PUPIL)).isEqualTo(all(p -> pupils.search(PupilFilter.restricted(), p)).size());
            assertThat(counts.get(PersonKind.GUARDIAN)).isEqualTo(all(p -> guardians.search(PersonFilter.restricted(), p)).size());
            var restrictedTrainers = all(p -> trainers.search(PersonFilter.restricted(), p));
            assertThat(counts.get(PersonKind.TRAINER)).isEqualTo(restrictedTrainers.size());
            assertThat(restrictedTrainers).extracting(r -> r.id()).contains(trainer.id(), archived.id());
            assertThat(all(p -> trainers.search(PersonFilter.active(), p)).size())
                    .as("without the filter, the list is not the restricted list")
                    .isNotEqualTo(restrictedTrainers.size());
        } finally {
            jdbc.update("update trainer set restricted = false where id in (?, ?)", trainer.id(), archived.id());
        }
    }

    @Test
    void theConsentsOfEachPurposeAndStatusAreTheRowsOfTheListItOpens() {
        Map<String, Map<ConsentStatus, Long>> counts = ledger.countsByPurpose();
        assertThat(counts).isNotEmpty();
        counts.forEach((purpose, byStatus) -> byStatus.forEach((status, count) ->
                assertThat(count).as(purpose + " " + status)
                        .isEqualTo(all(p -> ledger.peopleWith(purpose, status, p)).size())));
    }

    @Test
    void theCountsNeedAnOfficerOrAnAdministrator() {
        // The administrator's dashboard reads the same figures (no personal data in them).
        as(users, "admin", () -> List.of(purge.countsByKind(), holds.countActive(), directory.countRestricted(),
                requestQueue.figures()));
    }
}
