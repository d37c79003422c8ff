package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A trainer (formateur). Acts as a processor for the organisation, bound by a confidentiality agreement. */
@NamedInterface("domain")
@Entity
@Table(name = "trainer")
public class Trainer extends Person {
    @Size(max = 500, message = "{validation.size}")
    @Column(length = 500)
    private String availability;

    /** When the confidentiality / processing agreement was signed. */
    @PastOrPresent(message = "{validation.date.future}")
    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "trainer_subject", joinColumns = @JoinColumn(name = "trainer_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
    private Set<Subject> subjects = new HashSet<>();

    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability == null || availability.isBlank() ? null : availability.strip(); }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public void setAgreementSignedOn(LocalDate agreementSignedOn) { this.agreementSignedOn = agreementSignedOn; }
    public Set<Subject> getSubjects() { return subjects; }
    public void setSubjects(Set<Subject> subjects) { this.subjects = subjects == null ? new HashSet<>() : new HashSet<>(subjects); }
}
