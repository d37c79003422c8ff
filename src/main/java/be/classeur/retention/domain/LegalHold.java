package be.classeur.retention.domain;

import be.classeur.kernel.PersonKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold on a person (art. 17(3)(e)): their data is kept, by the purge and by a rights request's erasure, while
 * the hold is in force: not lifted, and no end date or an end date today or later. Lifted holds stay as history.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "person_kind", nullable = false, length = 12)
    private PersonKind personKind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "until_date")
    private @Nullable LocalDate untilDate;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "lifted_by", length = 100)
    private @Nullable String liftedBy;

    @Column(name = "lifted_at")
    private @Nullable Instant liftedAt;

    protected LegalHold() {
    }

    public LegalHold(PersonKind personKind, long personId, String reason, @Nullable LocalDate untilDate, String placedBy,
                     Instant placedAt) {
        this.personKind = personKind;
        this.personId = personId;
        this.reason = reason;
        this.untilDate = untilDate;
        this.placedBy = placedBy;
        this.placedAt = placedAt;
    }

    /** In force on {@code today}: not lifted, and no end date or an end date today or later. */
    public boolean activeOn(LocalDate today) {
        return liftedAt == null && (untilDate == null || !untilDate.isBefore(today));
    }

    public void lift(String by, Instant at) {
        this.liftedBy = by;
        this.liftedAt = at;
    }

    public boolean isLifted() { return liftedAt != null; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public PersonKind getPersonKind() { return personKind; }
    public long getPersonId() { return personId; }
    public String getReason() { return reason; }
    public @Nullable LocalDate getUntilDate() { return untilDate; }
    public String getPlacedBy() { return placedBy; }
    public Instant getPlacedAt() { return placedAt; }
    public @Nullable String getLiftedBy() { return liftedBy; }
    public @Nullable Instant getLiftedAt() { return liftedAt; }
}
