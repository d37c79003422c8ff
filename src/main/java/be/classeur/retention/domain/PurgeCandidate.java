package be.classeur.retention.domain;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
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
 * One person on the retention purge list: who (kind and id only, never a name), the day they were kept until when
 * listed, when they were listed, and where their purge stands with its result (a translation key and its arguments, no
 * personal data) and who decided it when. One row per person, updated by each listing.
 */
@Entity
@Table(name = "retention_purge_candidate")
public class PurgeCandidate {
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

    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PurgeStatus status;

    @Column(name = "result_key", length = 120)
    private @Nullable String resultKey;

    @Column(name = "result_args", length = 1000)
    private @Nullable String resultArgs;

    /** The account or job that decided (a principal name such as "system:retention-purge", or a login). */
    @Column(name = "decided_by", length = 80)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected PurgeCandidate() {
    }

    public PurgeCandidate(DataSubjectRef person, LocalDate keepUntil, PurgeStatus status, Instant listedAt) {
        this.personKind = person.kind();
        this.personId = person.id();
        this.keepUntil = keepUntil;
        this.status = status;
        this.listedAt = listedAt;
    }

    /**
     * Listed again by the nightly job. A new limit reopens the row (a new assessment); on the same limit an open row
     * follows the new status (nearing, then queued; a skipped one is queued to be checked again), a failed one stays
     * failed (the purge tries it again), and a purge's or the officer's final decision stays.
     */
    public void relist(LocalDate keepUntil, PurgeStatus status, Instant now) {
        if (!keepUntil.equals(this.keepUntil)) {
            this.keepUntil = keepUntil;
            this.status = status;
            this.listedAt = now;
            this.resultKey = null;
            this.resultArgs = null;
            this.decidedBy = null;
            this.decidedAt = null;
        } else if (PurgeStatus.open().contains(this.status) && this.status != PurgeStatus.FAILED && this.status != status) {
            this.status = status;
            this.listedAt = now;
        }
    }

    /** The purge's (or the officer's) decision on this person, with its result. */
    public void decide(PurgeStatus status, @Nullable Message result, String by, Instant at) {
        this.status = status;
        this.resultKey = result == null ? null : result.key();
        this.resultArgs = result == null ? null : result.argsJson();
        this.decidedBy = by.length() <= 80 ? by : by.substring(0, 80);
        this.decidedAt = at;
    }

    public DataSubjectRef person() {
        return new DataSubjectRef(personKind, personId);
    }

    public @Nullable Message result() {
        return Message.stored(resultKey, resultArgs);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public PersonKind getPersonKind() { return personKind; }
    public long getPersonId() { return personId; }
    public LocalDate getKeepUntil() { return keepUntil; }
    public Instant getListedAt() { return listedAt; }
    public PurgeStatus getStatus() { return status; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
}
