package be.classeur.retention;

import be.classeur.kernel.SystemJob;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, computes the retention date of everyone who has none yet: a database that existed before the retention
 * engine, or people written while it was not listening. Runs after the demo data (order 10), as the system job
 * {@value RetentionDates#DATES_JOB}; batches of {@value RetentionDates#BATCH}, so cheap once every date exists. Then
 * lists what is nearing or past, as the nightly job does, without purging.
 */
@Component
@Order(20)
class RetentionDatesOnStart implements ApplicationRunner {
    private final RetentionDates dates;
    private final PurgeService purge;

    RetentionDatesOnStart(RetentionDates dates, PurgeService purge) {
        this.dates = dates;
        this.purge = purge;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemJob.run(RetentionDates.DATES_JOB, dates::fillMissing);
        // The purge list as the nightly job makes it (listing only, nothing purged), so that the privacy officer's page
        // shows what is nearing or past from the first start instead of waiting for the night.
        SystemJob.run(RetentionJob.NAME, () -> purge.list(ProgressListener.NONE));
    }
}
