package be.classeur.consent.domain;

import be.classeur.kernel.PersonKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person now in the records whose e-mail address or phone number matches the suppression list (an erased person
 * typed in or imported again): refreshed on every change of their contact details, read by the news audience.
 */
@Entity
@Table(name = "consent_suppressed_person")
public class RecognisedPerson {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "person_kind", nullable = false, length = 12)
    private PersonKind personKind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    /** EMAIL, PHONE or BOTH. */
    @Column(name = "matched_on", nullable = false, length = 10)
    private String matchedOn;

    protected RecognisedPerson() {
    }

    public RecognisedPerson(PersonKind personKind, long personId, String matchedOn) {
        this.personKind = personKind;
        this.personId = personId;
        this.matchedOn = matchedOn;
    }

    public Long getId() { return id; }
    public PersonKind getPersonKind() { return personKind; }
    public long getPersonId() { return personId; }
    public String getMatchedOn() { return matchedOn; }

    public void setMatchedOn(String matchedOn) {
        this.matchedOn = matchedOn;
    }
}
