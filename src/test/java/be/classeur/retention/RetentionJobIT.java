package be.classeur.retention;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SystemJob;
import be.classeur.kernel.TimeLimitedRecords;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The retention job: one run at a time through ShedLock on the real database, and the non-person records (audit events,
 * closed rights requests) deleted in batches past their period.
 */
@SpringBootTest
@WithUserDetails("dpo")
class RetentionJobIT {
    @Autowired
    RetentionFixtures fixtures;
    @Autowired
    be.classeur.retention.domain.PurgeCandidateRepository candidates;
    @Autowired
    LockProvider locks;
    @Autowired
    RetentionJob job;
    @Autowired
    List<TimeLimitedRecords> timeLimited;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    RequestIntakeService requestIntake;

    private TimeLimitedRecords category(String name) {
        return timeLimited.stream().filter(t -> t.category().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void twoSchedulersOnOneDatabaseGetTheLockOneAtATime() {
        String name = "retention-test-" + System.nanoTime();
        LockConfiguration config = new LockConfiguration(clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        Optional<SimpleLock> second = locks.lock(new LockConfiguration(clock.instant(), name, Duration.ofMinutes(5), Duration.ZERO));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        first.get().unlock();
        Optional<SimpleLock> afterRelease = locks.lock(config);
        assertThat(afterRelease).isPresent();
        afterRelease.get().unlock();
    }

    @Test
    void theRunByHandIsRefusedWhileTheNightlyRunHoldsTheJobsLock() {
        Optional<SimpleLock> nightly = locks.lock(new LockConfiguration(clock.instant(), RetentionJob.NAME,
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(nightly).isPresent();
        try {
            assertThat(job.runNow(ProgressListener.NONE)).isEmpty();
        } finally {
            nightly.get().unlock();
        }
        assertThat(job.runNow(ProgressListener.NONE)).isPresent();
    }

    @Test
    void theNightlyRunListsAsTheSystemJobUnderItsLockAndPurgesNothingInConfirmationMode() {
        be.classeur.kernel.DataSubjectRef past = fixtures.trainerKeptUntil(fixtures.today().minusDays(2));
        // Another instance runs the job: this one's nightly run does nothing.
        Optional<SimpleLock> other = locks.lock(new LockConfiguration(clock.instant(), RetentionJob.NAME,
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(other).isPresent();
        try {
            job.nightly();
        } finally {
            other.get().unlock();
        }
        assertThat(candidates.findByPersonKindAndPersonId(past.kind(), past.id())).isEmpty();

        job.nightly(); // as the scheduler calls it: through ShedLock's proxy, then as the system principal

        be.classeur.retention.domain.PurgeCandidate listed = candidates.findByPersonKindAndPersonId(past.kind(), past.id())
                .orElseThrow();
        assertThat(listed.getStatus()).isEqualTo(be.classeur.retention.domain.PurgeStatus.QUEUED);
        // The lock was taken and released under the job's name.
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, RetentionJob.NAME))
                .isEqualTo(1);
        Optional<SimpleLock> free = locks.lock(new LockConfiguration(clock.instant(), RetentionJob.NAME,
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(free).isPresent();
        free.get().unlock();
    }

    @Test
    void auditEventsOlderThanTheLimitAreDeletedInBatchesAndNewerKept() {
        Instant cutoff = ZonedDateTime.parse("2000-01-01T00:00:00Z").toInstant();
        String action = "RT" + (System.nanoTime() % 1_000_000_000L);
        for (int i = 0; i < 5; i++) {
            audit(action, Instant.parse("1995-06-0" + (i + 1) + "T10:00:00Z"));
        }
        audit(action, Instant.parse("2005-06-01T10:00:00Z"));
        TimeLimitedRecords auditEvents = category(TimeLimitedRecords.AUDIT_EVENTS);
        assertThat(auditEvents.countOlderThan(cutoff)).isEqualTo(5);

        List<Integer> batches = new ArrayList<>();
        int deleted;
        do {
            deleted = SystemJob.run(RetentionJob.NAME, () -> auditEvents.deleteOlderThan(cutoff, 2));
            batches.add(deleted);
        } while (deleted > 0);

        assertThat(batches).containsExactly(2, 2, 1, 0);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action)).isEqualTo(1);
    }

    @Test
    void theJobDeletesAuditEventsPastSixtyMonthsAndClosedRequestsPastTheirPeriodKeepingTheOthers() {
        Instant now = clock.instant();
        String action = "RJ" + (System.nanoTime() % 1_000_000_000L);
        audit(action + "O", now.atZone(clock.getZone()).minusMonths(61).toInstant());
        audit(action + "N", now.atZone(clock.getZone()).minusMonths(59).toInstant());
        LocalDate longAgo = LocalDate.now(clock).minusYears(6);
        long closedLongAgo = closedRequest("Ancienne" + System.nanoTime(), longAgo, now.atZone(clock.getZone()).minusMonths(61).toInstant());
        long closedRecently = closedRequest("Recente" + System.nanoTime(), longAgo, now.atZone(clock.getZone()).minusMonths(50).toInstant());
        long open = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Ouverte" + System.nanoTime(), null, null,
                RequestChannel.POST, longAgo, null));

        Optional<RetentionJob.Run> run = job.runNow(ProgressListener.NONE);

        assertThat(run).isPresent();
        assertThat(run.get().deletedByCategory()).containsKeys(TimeLimitedRecords.AUDIT_EVENTS, TimeLimitedRecords.CLOSED_REQUESTS);
        assertThat(run.get().purged()).isNull(); // confirmation mode: nothing purged without the officer
        assertThat(count("select count(*) from audit_event where action = ?", action + "O")).isZero();
        assertThat(count("select count(*) from audit_event where action = ?", action + "N")).isEqualTo(1);
        assertThat(count("select count(*) from rights_request where id = ?", closedLongAgo)).isZero();
        assertThat(count("select count(*) from request_status_change where request_id = ?", closedLongAgo)).isZero();
        assertThat(count("select count(*) from rights_request_right where request_id = ?", closedLongAgo)).isZero();
        assertThat(count("select count(*) from rights_request where id = ?", closedRecently)).isEqualTo(1);
        assertThat(count("select count(*) from rights_request where id = ?", open)).isEqualTo(1);
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }

    private void audit(String action, Instant at) {
        jdbc.update("insert into audit_event (occurred_at, actor, action) values (?, 'system', ?)", Timestamp.from(at), action);
    }

    /** A request answered and closed; its closing moved back to {@code closedAt}. */
    private long closedRequest(String name, LocalDate receivedOn, Instant closedAt) {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, name, null, null, RequestChannel.POST,
                receivedOn, null));
        // Closed as the workflow records it (the reply itself is not the point here), on that day.
        jdbc.update("update rights_request set status = 'CLOSED', updated_at = ? where id = ?", Timestamp.from(closedAt), id);
        jdbc.update("insert into request_status_change (request_id, from_status, to_status, changed_by, changed_at)"
                + " values (?, 'ANSWERED', 'CLOSED', 'dpo', ?)", id, Timestamp.from(closedAt));
        return id;
    }
}
