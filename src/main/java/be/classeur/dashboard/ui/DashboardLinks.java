package be.classeur.dashboard.ui;

import be.classeur.audit.AuditLocations;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.RequestLocations;
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
        return RequestLocations.REQUESTS;
    }

    static String purge() {
        return RetentionLocations.PURGE;
    }

    static String auditLog(Collection<String> actions, LocalDate from) {
        return AuditLocations.log(actions, from);
    }

    static @Nullable String consents(String purpose, ConsentStatus status) {
        return null;
    }
}
