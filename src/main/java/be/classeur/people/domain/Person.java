package be.classeur.people.domain;

import be.classeur.kernel.validation.Phone;
import be.classeur.kernel.validation.PostalCodes;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** Identity, contact and lifecycle fields that pupils, guardians and trainers share. */
@NamedInterface("domain")
@MappedSuperclass
public abstract class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Optimistic lock: a second writer with a stale copy is refused, never silently overwrites. */
    @Version
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size}")
    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size}")
    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    // Empty is allowed here: the binder validates the field's "" before the setter turns it into null.
    @Email(regexp = "(|[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,})", message = "{validation.email}")
    @Size(max = 160, message = "{validation.size}")
    @Column(length = 160)
    private String email;

    @Phone
    @Size(max = 30, message = "{validation.size}")
    @Column(length = 30)
    private String phone;

    @Size(max = 160, message = "{validation.size}")
    @Column(length = 160)
    private String street;

    @Size(max = 10, message = "{validation.size}")
    @Column(name = "postal_code", length = 10)
    private String postalCode;

    @Size(max = 80, message = "{validation.size}")
    @Column(length = 80)
    private String city;

    @Pattern(regexp = "[A-Z]{2}", message = "{validation.country}")
    @Column(length = 2)
    private String country = "BE";

    @Column(name = "last_contact_date")
    private LocalDate lastContactDate;

    @Size(max = 2000, message = "{validation.size}")
    @Column(length = 2000)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Processing restricted (GDPR art. 18): the record is kept but left out of routine use (rosters, mailings). */
    @Column(nullable = false)
    private boolean restricted;

    /**
     * When the person's data was erased (GDPR art. 17) and the record pseudonymised; null otherwise. An anonymised
     * record is read-only for good: it is the pseudonymous trace erasure keeps, not a person one may edit or restore.
     */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Checked on the entity too, so that no path (import, service) stores a malformed postal code. */
    @AssertTrue(message = "{validation.postalCode}")
    public boolean isPostalCodeValidForCountry() {
        return PostalCodes.isValid(country, postalCode);
    }

    public String fullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    /** A contact moves the last-contact date forward, never back: retention counts from the latest contact. */
    public void recordContactOn(LocalDate date) {
        if (lastContactDate == null || date.isAfter(lastContactDate)) {
            lastContactDate = date;
        }
    }

    public void archive(Instant now) {
        archived = true;
        archivedAt = now;
    }

    public void restore() {
        archived = false;
        archivedAt = null;
    }

    /** Switches processing restriction (art. 18) on or off. */
    public void restrict(boolean restricted) {
        this.restricted = restricted;
    }

    /**
     * Erasure by pseudonymisation: the names become the pseudonym, every contact and free-text field is cleared and
     * the record is archived. What remains (dates, school year, links kept for legal traces) no longer identifies anyone.
     */
    public void pseudonymise(String pseudonym, Instant now) {
        firstName = pseudonym;
        lastName = pseudonym;
        email = null;
        phone = null;
        street = null;
        postalCode = null;
        city = null;
        notes = null;
        if (!archived) {
            archive(now);
        }
        if (anonymisedAt == null) {
            anonymisedAt = now;
        }
        touch(now);
    }

    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    /** Whether the record is the pseudonymous trace of an erased person (read-only). */
    public boolean isAnonymised() { return anonymisedAt != null; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = trim(firstName); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = trim(lastName); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = trim(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = trim(phone); }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = trim(street); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = trim(postalCode); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = trim(city); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = trim(country); }
    public LocalDate getLastContactDate() { return lastContactDate; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = trim(notes); }
    public boolean isArchived() { return archived; }
    public boolean isRestricted() { return restricted; }
    public Instant getArchivedAt() { return archivedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Blank form fields are stored as null, so that "no e-mail" is one value, not several. */
    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
