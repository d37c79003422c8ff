package be.classeur.courses.domain;

import be.classeur.kernel.DateRange;
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
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.modulith.NamedInterface;

/** A school year (first to last school day) or a holiday course such as "Stage de Pâques 2027". */
@NamedInterface("domain")
@Entity
@Table(name = "period")
public class Period {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PeriodKind kind = PeriodKind.SCHOOL_YEAR;

    @NotNull(message = "{validation.required}")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    public Period() {
    }

    public Period(String name, PeriodKind kind, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    @AssertTrue(message = "{courses.validation.periodDates}")
    public boolean isEndOnOrAfterStart() {
        return DateRange.isOrdered(startsOn, endsOn);
    }

    public boolean contains(LocalDate day) {
        return DateRange.covers(startsOn, endsOn, day);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public PeriodKind getKind() { return kind; }
    public void setKind(PeriodKind kind) { this.kind = kind; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Period other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
