package be.classeur.courses.domain;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.modulith.NamedInterface;

/** A course group: a subject for some school years in a period, in a room, with a capacity and its trainers. */
@NamedInterface("domain")
@Entity
@Table(name = "course_group")
public class CourseGroup {
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
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private Period period;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_group_level", joinColumns = @JoinColumn(name = "group_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "school_year", length = 12)
    private Set<SchoolYear> levels = EnumSet.noneOf(SchoolYear.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "course_group_trainer", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    private Set<Trainer> trainers = new HashSet<>();

    @Size(max = 120, message = "{validation.size}")
    @Column(length = 120)
    private String location;

    @Size(max = 60, message = "{validation.size}")
    @Column(length = 60)
    private String room;

    @Min(value = 1, message = "{courses.validation.capacity}")
    @Max(value = 200, message = "{courses.validation.capacity}")
    @Column(nullable = false)
    private int capacity = 8;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private GroupStatus status = GroupStatus.PLANNED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public void touch(Instant now) {
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : name.strip(); }
    public Subject getSubject() { return subject; }
    public void setSubject(Subject subject) { this.subject = subject; }
    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period; }
    public Set<SchoolYear> getLevels() { return levels; }
    public void setLevels(Set<SchoolYear> levels) { this.levels = levels == null || levels.isEmpty() ? EnumSet.noneOf(SchoolYear.class) : EnumSet.copyOf(levels); }
    public Set<Trainer> getTrainers() { return trainers; }
    /** The subject's id, for a form that picks it by id (null on a new group). */
    public @Nullable Long getSubjectId() { return subject == null ? null : subject.getId(); }
    /** The trainers' ids, for a form that picks them by id. */
    public Set<Long> getTrainerIds() { return trainers.stream().map(Trainer::getId).collect(java.util.stream.Collectors.toSet()); }
    public void setTrainers(Set<Trainer> trainers) { this.trainers = trainers == null ? new HashSet<>() : new HashSet<>(trainers); }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location == null || location.isBlank() ? null : location.strip(); }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room == null || room.isBlank() ? null : room.strip(); }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public GroupStatus getStatus() { return status; }
    public void setStatus(GroupStatus status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CourseGroup other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
