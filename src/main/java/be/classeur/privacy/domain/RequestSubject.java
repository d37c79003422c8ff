package be.classeur.privacy.domain;

import be.classeur.kernel.DataSubjectRef;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person a rights request covers, found in the records: the requester, or a child a guardian acts for. The match
 * is proposed when the request is recorded (from the suggestions) and counts only once a privacy officer confirms it:
 * until then nothing is exported, erased or restricted for anyone the request covers.
 */
@Entity
@Table(name = "rights_request_subject")
public class RequestSubject {
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
    private Long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private SubjectRole role;

    @Column(name = "match_confirmed_at")
    private Instant matchConfirmedAt;

    @Column(name = "match_confirmed_by", length = 60)
    private String matchConfirmedBy;

    /* For a child without a recorded birth date: who checked that they are a minor, when. */
    @Column(name = "minor_checked_at")
    private Instant minorCheckedAt;

    @Column(name = "minor_checked_by", length = 60)
    private String minorCheckedBy;

    /* For a child of 13 or over: the decision taken after weighing the child's own interests, before any export. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "interest_decision", length = 30)
    private ChildInterestDecision interestDecision;

    @Column(name = "interest_note", length = 1000)
    private String interestNote;

    @Column(name = "interest_decided_at")
    private Instant interestDecidedAt;

    @Column(name = "interest_decided_by", length = 60)
    private String interestDecidedBy;

    protected RequestSubject() {
    }

    RequestSubject(DataSubjectRef person, SubjectRole role) {
        this.personKind = person.kind();
        this.personId = person.id();
        this.role = role;
    }

    void confirm(String by, Instant at) {
        this.matchConfirmedBy = by;
        this.matchConfirmedAt = at;
    }

    /** The privacy officer checked that this child, without a recorded birth date, is a minor. */
    public void minorChecked(String by, Instant at) {
        this.minorCheckedBy = by;
        this.minorCheckedAt = at;
    }

    /** The decision on a child's export once their own interests were weighed (the last one counts). */
    public void decideInterest(ChildInterestDecision decision, String note, String by, Instant at) {
        this.interestDecision = decision;
        this.interestNote = note == null || note.isBlank() ? null : note.strip();
        this.interestDecidedBy = by;
        this.interestDecidedAt = at;
    }

    /** Erasure of the child: the note may name or describe them; the decision and who took it stay. */
    public void clearInterestNote() {
        this.interestNote = null;
    }

    public boolean isConfirmed() {
        return matchConfirmedAt != null;
    }

    public DataSubjectRef person() {
        return new DataSubjectRef(personKind, personId);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public SubjectRole getRole() { return role; }
    public Instant getMatchConfirmedAt() { return matchConfirmedAt; }
    public String getMatchConfirmedBy() { return matchConfirmedBy; }
    public Instant getMinorCheckedAt() { return minorCheckedAt; }
    public String getMinorCheckedBy() { return minorCheckedBy; }
    public ChildInterestDecision getInterestDecision() { return interestDecision; }
    public String getInterestNote() { return interestNote; }
    public Instant getInterestDecidedAt() { return interestDecidedAt; }
    public String getInterestDecidedBy() { return interestDecidedBy; }
}
