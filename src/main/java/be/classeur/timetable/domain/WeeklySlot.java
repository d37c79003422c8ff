package be.classeur.timetable.domain;

import be.classeur.kernel.DateRange;
import org.springframework.modulith.NamedInterface;

import be.classeur.courses.domain.CourseGroup;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recurring weekly time of a group (e.g. every Wednesday 14:00–15:30 in room B12) valid between two dates. */
@NamedInterface("domain")
@Entity
@Table(name = "weekly_slot")
public class WeeklySlot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private CourseGroup group;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @NotNull(message = "{validation.required}")
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @NotNull(message = "{validation.required}")
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Size(max = 60, message = "{validation.size}")
    @Column(length = 60)
    private String room;

    @NotNull(message = "{validation.required}")
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @NotNull(message = "{validation.required}")
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @AssertTrue(message = "{timetable.validation.endAfterStart}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "{timetable.validation.slotDates}")
    public boolean isValidToOnOrAfterFrom() {
        return DateRange.isOrdered(validFrom, validTo);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CourseGroup getGroup() { return group; }
    public void setGroup(CourseGroup group) { this.group = group; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(DayOfWeek dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getRoom() { return room; }
    public void setRoom(String room) { this.room = room == null || room.isBlank() ? null : room.strip(); }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
}
