package be.classeur.retention;

import be.classeur.kernel.SystemJob;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, computes the retention date of everyone who has none yet: a database that existed before the retention
 * engine, or people written while it was not listening. Runs after the demo data (order 10), as the system job
 * {@value RetentionDates#DATES_JOB}; batches of {@value RetentionDates#BATCH}, so cheap once every date exists.
 */
@Component
@Order(20)
class RetentionDatesOnStart implements ApplicationRunner {
    private final RetentionDates dates;

    RetentionDatesOnStart(RetentionDates dates) {
        this.dates = dates;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemJob.run(RetentionDates.DATES_JOB, dates::fillMissing);
    }
}
