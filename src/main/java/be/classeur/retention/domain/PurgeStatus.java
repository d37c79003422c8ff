package be.classeur.retention.domain;

import be.classeur.kernel.Labelled;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person on the purge list stands. NEARING: within the window before their limit, listed for the officer to act
 * (record a contact, put a hold); QUEUED: past the limit, waiting for the purge; then the purge's result.
 */
public enum PurgeStatus implements Labelled {
    NEARING, QUEUED, PURGED, SKIPPED_CONTACT, SKIPPED_HOLD, FAILED, DISMISSED;

    /** The statuses a purge may act on: past-due records waiting, and those that failed before (tried again). */
    public static Set<PurgeStatus> purgeable() {
        return EnumSet.of(QUEUED, FAILED);
    }

    /** The statuses the nightly listing may change or drop: not a purge or the officer's dismissal. */
    public static Set<PurgeStatus> open() {
        return EnumSet.of(NEARING, QUEUED, FAILED, SKIPPED_CONTACT, SKIPPED_HOLD);
    }

    @Override
    public String labelKey() {
        return "retention.status." + name();
    }
}
