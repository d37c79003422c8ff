package be.classeur.audit;

import be.classeur.kernel.PersonKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the append-only audit log. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Only "system" for jobs, or the text of a line older than the account columns that matched no account. */
    @Column(length = 60)
    private String actor;

    /** Who acted: the account's id (not its login, which erasure may replace), and its roles at the time. */
    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_roles", length = 120)
    private String actorRoles;

    @Column(nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_kind", length = 12)
    private PersonKind subjectKind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 500)
    private String detail;

    /** The rights request the line was written on, if any (null on lines older than the column). */
    @Column(name = "request_id")
    private Long requestId;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, Long actorAccountId, String actorRoles, String action,
               PersonKind subjectKind, Long subjectId, String detail) {
        this(occurredAt, actor, actorAccountId, actorRoles, action, subjectKind, subjectId, detail, null);
    }

    AuditEntry(Instant occurredAt, String actor, Long actorAccountId, String actorRoles, String action,
               PersonKind subjectKind, Long subjectId, String detail, Long requestId) {
        this.occurredAt = occurredAt;
        this.actor = actorAccountId == null ? actor : null;
        this.actorAccountId = actorAccountId;
        this.actorRoles = actorRoles;
        this.action = action;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.requestId = requestId;
    }

    Long id() { return id; }
    Instant occurredAt() { return occurredAt; }
    /** Who acted, for display and export: roles and account number, or the stored text. */
    String actor() {
        if (actorAccountId == null) {
            return actor;
        }
        return (actorRoles == null ? "" : actorRoles + " ") + "#" + actorAccountId;
    }
    Long actorAccountId() { return actorAccountId; }
    String actorRoles() { return actorRoles; }
    String action() { return action; }
    PersonKind subjectKind() { return subjectKind; }
    Long subjectId() { return subjectId; }
    String detail() { return detail; }
    Long requestId() { return requestId; }
}
