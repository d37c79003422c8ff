package be.classeur.audit;

import be.classeur.kernel.Actors;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's API: records every {@link AuditEvent} published by other modules, in the publisher's
 * transaction, so that a change and its audit line commit or roll back together.
 */
@Service
public class AuditLog {
    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(AuditEvent event) {
        DataSubjectRef subject = event.subject();
        PersonKind kind = subject == null ? null : subject.kind();
        Long id = subject == null ? null : subject.id();
        entries.save(new AuditEntry(clock.instant(), Actors.current(), Actors.currentAccountId(),
                Actors.currentRoles(), event.action(), kind, id, event.detail(), event.requestId()));
    }

    /**
     * A refused access, written in a transaction of its own: the refusal's exception rolls back the transaction of the
     * caller, if it had one, and the line must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordDenial(String detail) {
        on(be.classeur.kernel.audit.SecurityEvent.of(ACCESS_DENIED, detail));
    }

    /** The audit action of a refused access. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    /** The latest audit lines about one person, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public List<AuditLine> latestAbout(DataSubjectRef subject, int limit) {
        return entries.findBySubjectKindAndSubjectIdOrderByOccurredAtDesc(subject.kind(), subject.id(), PageRequest.of(0, limit))
                .stream()
                .map(e -> new AuditLine(e.occurredAt(), e.actor(), e.action(), e.detail()))
                .toList();
    }

    /** The audit actions of a refused sign-in. */
    public static final java.util.Set<String> FAILED_LOGINS = java.util.Set.of("LOGIN_FAILED");
    /** The audit actions of a refused access (a service's check, the router, the web security). */
    public static final java.util.Set<String> ACCESS_DENIALS = java.util.Set.of(ACCESS_DENIED);

    /** Failed sign-ins and refused accesses since a moment: two count queries, for the dashboard. */
    public record SecurityFigures(long failedLogins, long accessDenials) {
    }

    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public SecurityFigures securityFigures(Instant since) {
        return new SecurityFigures(entries.countByActionInAndOccurredAtGreaterThanEqual(FAILED_LOGINS, since),
                entries.countByActionInAndOccurredAtGreaterThanEqual(ACCESS_DENIALS, since));
    }

    /** What an audit line shows. */
    public record AuditLine(Instant occurredAt, String actor, String action, String detail) {
    }
}
