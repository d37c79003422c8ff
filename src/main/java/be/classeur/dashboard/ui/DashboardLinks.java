package be.classeur.dashboard.ui;

import be.classeur.audit.AuditLocations;
import be.classeur.consent.ConsentLocations;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.RequestLocations;
import be.classeur.people.PersonLocations;
import be.classeur.privacy.DeadlineBucket;
import be.classeur.retention.RetentionLocations;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** The filtered list behind each figure, built from the owning modules' Locations classes. */
final class DashboardLinks {
    private DashboardLinks() {
    }

    static String requests(DeadlineBucket bucket) {
        return RequestLocations.requests(bucket.name());
    }

    /** The purge list's status filter of the "nearing" figure (the name of retention's internal PurgeStatus.NEARING). */
    static final String NEARING = "NEARING";

    static String nearing(@Nullable PersonKind kind) {
        return RetentionLocations.purge(NEARING, kind);
    }

    /** Past the limit and waiting for the officer's confirmation (queued, or failed and to retry). */
    static String past(@Nullable PersonKind kind) {
        return RetentionLocations.purge(RetentionLocations.PAST, kind);
    }

    static String holds() {
        return RetentionLocations.HOLDS;
    }

    static String restricted(PersonKind kind) {
        return PersonLocations.restricted(kind);
    }

    static String auditLog(Collection<String> actions, LocalDate from) {
        return AuditLocations.log(actions, from);
    }

    static String consents(String purpose, ConsentStatus status) {
        return ConsentLocations.consents(purpose, status.name());
    }
}
