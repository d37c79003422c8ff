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
 * One person's retention date: the day their data is past the retention limit, stored and indexed so that the purge
 * and the dashboard count in SQL. {@code ownLimit} is the person's own limit (last contact + the rule's period);
 * {@code keepUntil} is the later of it and their family's (a pupil, their guardians and those guardians' other
 * children are kept while any of them is active). Recomputed when a contact, a link or a rule changes.
 */
@Entity
@Table(name = "retention_date")
public class RetentionDate {
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

    /** The person's own last contact (a trainer's end of collaboration is a contact); their creation day when none. */
    @Column(name = "last_contact", nullable = false)
    private LocalDate lastContact;

    @Column(name = "own_limit", nullable = false)
    private LocalDate ownLimit;

    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    /** The family member whose later limit keeps this person, when the family rule applies; null otherwise. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kept_by_kind", length = 12)
    private @Nullable PersonKind keptByKind;

    @Column(name = "kept_by_id")
    private @Nullable Long keptById;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected RetentionDate() {
    }

    public RetentionDate(PersonKind personKind, long personId) {
        this.personKind = personKind;
        this.personId = personId;
    }

    /** Sets the dates; {@code keptBy*} name the family member whose limit is later, or are null. */
    public void set(LocalDate lastContact, LocalDate ownLimit, LocalDate keepUntil, @Nullable PersonKind keptByKind,
                    @Nullable Long keptById, Instant now) {
        this.lastContact = lastContact;
        this.ownLimit = ownLimit;
        this.keepUntil = keepUntil;
        this.keptByKind = keptByKind;
        this.keptById = keptById;
        this.computedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public PersonKind getPersonKind() { return personKind; }
    public long getPersonId() { return personId; }
    public LocalDate getLastContact() { return lastContact; }
    public LocalDate getOwnLimit() { return ownLimit; }
    public LocalDate getKeepUntil() { return keepUntil; }
    public @Nullable PersonKind getKeptByKind() { return keptByKind; }
    public @Nullable Long getKeptById() { return keptById; }
    public Instant getComputedAt() { return computedAt; }
}
