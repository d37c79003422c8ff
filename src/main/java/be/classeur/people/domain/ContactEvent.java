package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import be.classeur.kernel.PersonKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One contact with a person (e-mail, call, meeting, enrolment). The history behind the last-contact date. */
@NamedInterface("domain")
@Entity
@Table(name = "contact_event")
public class ContactEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "person_kind", nullable = false, length = 12)
    private PersonKind personKind;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private ContactKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ContactEvent() {
    }

    public ContactEvent(PersonKind personKind, Long personId, ContactKind kind, LocalDate occurredOn, String note,
                        String recordedBy, Instant recordedAt) {
        this.personKind = personKind;
        this.personId = personId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Erasure: the free-text note goes, the date and kind stay (they carry the last-contact date). */
    public void clearNote() {
        this.note = null;
    }

    public Long getId() { return id; }
    public PersonKind getPersonKind() { return personKind; }
    public Long getPersonId() { return personId; }
    public ContactKind getKind() { return kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
