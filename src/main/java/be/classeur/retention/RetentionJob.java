package be.classeur.retention;

import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.SystemJob;
import be.classeur.kernel.TimeLimitedRecords;
import be.classeur.retention.domain.RetentionCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The retention job, nightly ({@code classeur.retention.cron}) and on demand: lists the people nearing and past their
 * limit, purges the past ones itself in automatic mode (otherwise they wait for the privacy officer), and deletes the
 * non-person records kept past their period ({@link TimeLimitedRecords}: audit events, closed rights requests) in
 * batches. Nightly it runs as the system principal "system:{@value #NAME}"; under one ShedLock lock of that name, so
 * that it runs once when several instances share the database, and a run by hand waits for no one: it is refused while
 * another holds the lock.
 */
@Component
public class RetentionJob {
    public static final String NAME = TimeLimitedRecords.JOB;
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PurgeService purge;
    private final List<TimeLimitedRecords> timeLimited;
    private final RetentionSettings settings;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final RetentionRules rules;

    RetentionJob(PurgeService purge, List<TimeLimitedRecords> timeLimited, RetentionSettings settings, Clock clock,
                 LockProvider lockProvider, RetentionRules rules) {
        this.rules = rules;
        this.purge = purge;
        this.timeLimited = List.copyOf(timeLimited);
        this.settings = settings;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
    }

    /** What one run did. {@code purged} is null in confirmation mode (nothing purged without the officer). */
    public record Run(ListingResult listing, @Nullable PurgeReport purged, Map<String, Long> deletedByCategory) {
    }

    @Scheduled(cron = "${classeur.retention.cron:" + RetentionSettings.DEFAULT_CRON + "}", zone = DisplayFormats.ZONE_NAME)
    @SchedulerLock(name = NAME)
    public void nightly() {
        SystemJob.run(NAME, () -> run(ProgressListener.NONE));
    }

    /**
     * Runs the job now, for the privacy officer's "run the check now", under the job's lock: empty when another run
     * (the nightly one, another instance) holds it.
     */
    @PreAuthorize(PurgeService.OFFICER)
    public Optional<Run> runNow(ProgressListener progress) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), NAME, Duration.ofMinutes(30), Duration.ZERO);
        LockingTaskExecutor.TaskResult<Run> result;
        try {
            result = locks.executeWithLock(() -> run(progress), lock);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }

    private Run run(ProgressListener progress) {
        ListingResult listing = purge.list(progress);
        PurgeReport purged = null;
        if (settings.purgeMode() == RetentionSettings.PurgeMode.AUTOMATIC) {
            purged = purge.purge(purge.waiting(), progress);
        }
        Map<String, Long> deleted = new LinkedHashMap<>();
        for (TimeLimitedRecords records : timeLimited) {
            Integer months = monthsOf(records.category());
            if (months == null) {
                log.warn("Retention: no period for the category {}, nothing deleted", records.category());
                continue;
            }
            Instant cutoff = clock.instant().atZone(clock.getZone()).minusMonths(months).toInstant();
            long total = 0;
            try {
                int batch;
                do {
                    batch = records.deleteOlderThan(cutoff, settings.batchSize());
                    total += batch;
                } while (batch > 0);
                log.info("Retention: {} {} record(s) older than {} months deleted", total, records.category(), months);
            } catch (RuntimeException failure) {
                // The batches already deleted stay deleted; the other categories still run, the next run goes on.
                log.error("Retention: deleting {} records failed after {} deleted", records.category(), total, failure);
            }
            deleted.put(records.category(), total);
        }
        return new Run(listing, purged, deleted);
    }

    /** The period of a non-person category: the privacy officer's retention rule for it. */
    private @Nullable Integer monthsOf(String category) {
        return switch (category) {
            case TimeLimitedRecords.AUDIT_EVENTS -> rules.rule(RetentionCategory.AUDIT_EVENT).periodMonths();
            case TimeLimitedRecords.CLOSED_REQUESTS -> rules.rule(RetentionCategory.CLOSED_REQUEST).periodMonths();
            default -> null;
        };
    }
}
