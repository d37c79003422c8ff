package be.classeur.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the suppression list: the keyed hash (HMAC-SHA256, hex) of an erased person's normalised e-mail address
 * or phone number, and the day it was added. Nothing else about the person: not whose it was, nor the value in clear.
 */
@Entity
@Table(name = "consent_suppression")
public class SuppressedContact {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String hash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ContactPointKind kind;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    protected SuppressedContact() {
    }

    public SuppressedContact(String hash, ContactPointKind kind, LocalDate addedOn) {
        this.hash = hash;
        this.kind = kind;
        this.addedOn = addedOn;
    }

    public Long getId() { return id; }
    public String getHash() { return hash; }
    public ContactPointKind getKind() { return kind; }
    public LocalDate getAddedOn() { return addedOn; }
}
