package be.classeur.courses.domain;

import be.classeur.kernel.DateRange;
import be.classeur.people.domain.Pupil;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** A pupil in a group from a start date to an optional end date. Over-capacity enrolments were explicitly allowed. */
@NamedInterface("domain")
@Entity
@Table(name = "enrolment")
public class Enrolment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private CourseGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id", nullable = false)
    private Pupil pupil;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "over_capacity", nullable = false)
    private boolean overCapacity;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Enrolment() {
    }

    public Enrolment(CourseGroup group, Pupil pupil, LocalDate startsOn, LocalDate endsOn, boolean overCapacity, Instant createdAt) {
        this.group = group;
        this.pupil = pupil;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.overCapacity = overCapacity;
        this.createdAt = createdAt;
    }

    /** Enrolled on that day: from the start date, up to and including the end date. */
    public boolean isActiveOn(LocalDate day) {
        return DateRange.covers(startsOn, endsOn, day);
    }

    public void endOn(LocalDate day) {
        this.endsOn = day;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CourseGroup getGroup() { return group; }
    public Pupil getPupil() { return pupil; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isOverCapacity() { return overCapacity; }
    public Instant getCreatedAt() { return createdAt; }
}
