package be.classeur.kernel;

import java.time.Instant;

/**
 * Records that are not a person's but are kept only for a time (audit events, closed rights requests): the module that
 * stores them counts and deletes those older than a cutoff, and the retention job calls every implementation. The
 * module knows its own tables (and their foreign keys); the retention module only knows the cutoff.
 */
public interface TimeLimitedRecords {
    /** The name of the retention job, the only job allowed to delete. */
    String JOB = SystemJob.RETENTION_PURGE;
    /** Who may count and delete: the privacy officer and the retention job. */
    String ACCESS = "hasRole('" + Roles.PRIVACY_OFFICER + "') or (" + SystemJob.ONLY + JOB + "')";

    /** The category of audit events (kept as long as the AUDIT_EVENT retention rule says). */
    String AUDIT_EVENTS = "audit-events";
    /** The category of closed rights requests (kept as long as the CLOSED_REQUEST retention rule says, after closing). */
    String CLOSED_REQUESTS = "closed-requests";

    /** A short, stable name of the category, e.g. {@link #AUDIT_EVENTS}: the retention job finds its period by it. */
    String category();

    /** How many records are older than the cutoff. */
    long countOlderThan(Instant cutoff);

    /** Deletes at most {@code batchSize} records older than the cutoff, in one transaction; returns how many went. */
    int deleteOlderThan(Instant cutoff, int batchSize);
}
