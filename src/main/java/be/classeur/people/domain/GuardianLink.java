package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A pupil–guardian link with the guardian's relationship to the pupil. */
@NamedInterface("domain")
@Entity
@Table(name = "pupil_guardian")
public class GuardianLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id", nullable = false)
    private Pupil pupil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guardian_id", nullable = false)
    private Guardian guardian;

    /** Set by the migration that split contacts from representatives: an old "other" link an administrator must review. */
    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    /** Where this guardian comes in the order the administrator set for contacting the pupil's family; 0 first. */
    @Column(name = "contact_position", nullable = false)
    private int position;

    protected GuardianLink() {
    }

    public GuardianLink(Pupil pupil, Guardian guardian, Relationship relationship) {
        this.pupil = pupil;
        this.guardian = guardian;
        this.relationship = relationship;
    }

    public Long getId() { return id; }
    public Pupil getPupil() { return pupil; }
    public Guardian getGuardian() { return guardian; }
    public boolean isNeedsReview() { return needsReview; }

    /** An administrator has reviewed this link and says what it is (a representative or a contact). */
    public void reviewed(Relationship relationship) {
        this.relationship = relationship;
        this.needsReview = false;
    }
    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
