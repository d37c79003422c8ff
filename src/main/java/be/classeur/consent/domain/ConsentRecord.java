package be.classeur.consent.domain;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.domain.Relationship;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One choice of one person for one purpose of the ledger, as it was made: never edited. A later record by the same
 * giver (the person themself, or one parent or legal guardian of a pupil) for the same person and purpose supersedes
 * it; the history stays. Erasure deletes the person's records.
 */
@Entity
@Immutable
@Table(name = "consent_record")
public class ConsentRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "person_kind", nullable = false, length = 12)
    private PersonKind personKind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /** The code of the purpose, a row of the processing register ({@link ProcessingActivity#getCode()}). */
    @Column(nullable = false, length = 40)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ConsentStatus status;

    /** The day the choice was made (the form's date), which may precede the day it was recorded. */
    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ConsentChannel channel;

    /** The rights request the withdrawal or objection was made in (channel RIGHTS_REQUEST). */
    @Column(name = "request_id")
    private @Nullable Long requestId;

    /** The privacy policy's version the person was shown, a label until the versioned public policy exists. */
    @Column(name = "policy_version", nullable = false, length = 40)
    private String policyVersion;

    /** Login of the staff member who recorded it ("system:migration" for the objections moved from people). */
    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "evidence_note", length = 1000)
    private @Nullable String evidenceNote;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "given_by", nullable = false, length = 10)
    private ConsentGiver givenBy;

    /** The parent or legal guardian who chose for the pupil (given by GUARDIAN). */
    @Column(name = "guardian_id")
    private @Nullable Long guardianId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "guardian_relationship", length = 20)
    private @Nullable Relationship guardianRelationship;

    protected ConsentRecord() {
    }

    public ConsentRecord(DataSubjectRef person, String purpose, ConsentStatus status, LocalDate givenOn,
                         Instant recordedAt, ConsentChannel channel, @Nullable Long requestId, String policyVersion,
                         String recordedBy, @Nullable String evidenceNote, @Nullable Long guardianId,
                         @Nullable Relationship guardianRelationship) {
        this.personKind = person.kind();
        this.personId = person.id();
        this.purpose = Objects.requireNonNull(purpose);
        this.status = Objects.requireNonNull(status);
        this.givenOn = Objects.requireNonNull(givenOn);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        this.channel = Objects.requireNonNull(channel);
        this.requestId = requestId;
        this.policyVersion = Objects.requireNonNull(policyVersion).strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.evidenceNote = evidenceNote == null || evidenceNote.isBlank() ? null : evidenceNote.strip();
        this.givenBy = guardianId == null ? ConsentGiver.SELF : ConsentGiver.GUARDIAN;
        this.guardianId = guardianId;
        this.guardianRelationship = guardianId == null ? null : guardianRelationship;
    }

    public Long getId() { return id; }
    public DataSubjectRef person() { return new DataSubjectRef(personKind, personId); }
    public PersonKind getPersonKind() { return personKind; }
    public long getPersonId() { return personId; }
    public String getPurpose() { return purpose; }
    public ConsentStatus getStatus() { return status; }
    public LocalDate getGivenOn() { return givenOn; }
    public Instant getRecordedAt() { return recordedAt; }
    public ConsentChannel getChannel() { return channel; }
    public @Nullable Long getRequestId() { return requestId; }
    public String getPolicyVersion() { return policyVersion; }
    public String getRecordedBy() { return recordedBy; }
    public @Nullable String getEvidenceNote() { return evidenceNote; }
    public ConsentGiver getGivenBy() { return givenBy; }
    public @Nullable Long getGuardianId() { return guardianId; }
    public @Nullable Relationship getGuardianRelationship() { return guardianRelationship; }

    /** Whether {@code other} was made by the same giver for the same person and purpose (so one supersedes the other). */
    public boolean sameGiverAs(ConsentRecord other) {
        return personKind == other.personKind && personId == other.personId && purpose.equals(other.purpose)
                && Objects.equals(guardianId, other.guardianId);
    }
}
