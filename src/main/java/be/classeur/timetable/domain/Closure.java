package be.classeur.timetable.domain;

import be.classeur.kernel.DateRange;
import org.springframework.modulith.NamedInterface;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Days without sessions: a school holiday of the FWB calendar (closes school-year groups only) or an ad-hoc
 * closure (closes everything). Provisional dates are shown as "à confirmer" until an administrator confirms them.
 */
@NamedInterface("domain")
@Entity
@Table(name = "closure")
public class Closure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ClosureKind kind = ClosureKind.AD_HOC;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    @Column(nullable = false, length = 120)
    private String label;

    @NotNull(message = "{validation.required}")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private boolean provisional;

    public Closure() {
    }

    public Closure(ClosureKind kind, String label, LocalDate startsOn, LocalDate endsOn, boolean provisional) {
        this.kind = kind;
        this.label = label;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.provisional = provisional;
    }

    @AssertTrue(message = "{timetable.validation.closureDates}")
    public boolean isEndOnOrAfterStart() {
        return DateRange.isOrdered(startsOn, endsOn);
    }

    public boolean covers(LocalDate day) {
        return DateRange.covers(startsOn, endsOn, day);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ClosureKind getKind() { return kind; }
    public void setKind(ClosureKind kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label == null ? null : label.strip(); }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public boolean isProvisional() { return provisional; }
    public void setProvisional(boolean provisional) { this.provisional = provisional; }
}
