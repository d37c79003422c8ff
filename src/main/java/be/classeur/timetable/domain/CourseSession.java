package be.classeur.timetable.domain;

import org.springframework.modulith.NamedInterface;

import be.classeur.courses.domain.CourseGroup;
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
import java.time.LocalTime;

/**
 * One dated occurrence of a group's course. Produced by a weekly slot; once moved or cancelled by hand it is
 * {@code editedByHand} and later slot changes leave it alone.
 */
@NamedInterface("domain")
@Entity
@Table(name = "course_session")
public class CourseSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private CourseGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "slot_id")
    private WeeklySlot slot;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** The date the slot produced this session on; stays when the session is moved, so it is not produced twice. */
    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 60)
    private String room;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "edited_by_hand", nullable = false)
    private boolean editedByHand;

    protected CourseSession() {
    }

    public CourseSession(CourseGroup group, WeeklySlot slot, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String room) {
        this.group = group;
        this.slot = slot;
        this.heldOn = heldOn;
        this.plannedOn = slot == null ? null : heldOn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
    }

    /** Moves this session only; the slot and the other sessions stay as they are. */
    public void moveTo(LocalDate day, LocalTime start, LocalTime end, String newRoom) {
        this.heldOn = day;
        this.startsAt = start;
        this.endsAt = end;
        this.room = newRoom == null || newRoom.isBlank() ? null : newRoom.strip();
        this.editedByHand = true;
    }

    public void cancel() {
        this.cancelled = true;
        this.editedByHand = true;
    }

    public void reinstate() {
        this.cancelled = false;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public CourseGroup getGroup() { return group; }
    public WeeklySlot getSlot() { return slot; }
    public LocalDate getHeldOn() { return heldOn; }
    public LocalDate getPlannedOn() { return plannedOn; }
    public LocalTime getStartsAt() { return startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public String getRoom() { return room; }
    public boolean isCancelled() { return cancelled; }
    public boolean isEditedByHand() { return editedByHand; }
}
