package be.classeur.timetable;

import be.classeur.courses.ClashWarnings;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.timetable.domain.Closure;
import be.classeur.timetable.domain.ClosureRepository;
import be.classeur.timetable.domain.CourseSession;
import be.classeur.timetable.domain.CourseSessionRepository;
import be.classeur.timetable.domain.SessionPlanner;
import be.classeur.timetable.domain.WeeklySlot;
import be.classeur.timetable.domain.WeeklySlotRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The timetable module's API: slots, sessions, closures and clashes. */
@Service
@Transactional(readOnly = true)
public class TimetableService implements ClashWarnings {
    /** How far ahead enrolment and trainer clash warnings look when no end date is given. */
    private static final int LOOK_AHEAD_DAYS = 366;

    private final WeeklySlotRepository slots;
    private final CourseSessionRepository sessions;
    private final ClosureRepository closures;
    private final CurrentTrainer currentTrainer;
    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;

    TimetableService(WeeklySlotRepository slots, CourseSessionRepository sessions, ClosureRepository closures,
                     CurrentTrainer currentTrainer, EntityManager entityManager, Validator validator, Clock clock) {
        this.slots = slots;
        this.sessions = sessions;
        this.closures = closures;
        this.currentTrainer = currentTrainer;
        this.entityManager = entityManager;
        this.validator = validator;
        this.clock = clock;
    }

    // ---- slots -------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<WeeklySlot> slotsOf(long groupId) {
        return slots.findByGroup(groupId);
    }

    /** A new slot for a group, valid over the whole period by default. */
    @PreAuthorize("hasRole('ADMIN')")
    public WeeklySlot newSlot(long groupId) {
        CourseGroup group = group(groupId);
        WeeklySlot slot = new WeeklySlot();
        slot.setGroup(group);
        slot.setRoom(group.getRoom());
        slot.setValidFrom(group.getPeriod().getStartsOn());
        slot.setValidTo(group.getPeriod().getEndsOn());
        return slot;
    }

    /** Clashes the slot's sessions would have, before saving (the screen asks for a confirmation). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Clash> clashesIfSaved(WeeklySlot slot) {
        validate(slot);
        CourseGroup group = group(slot.getGroup().getId());
        List<Clash> found = new ArrayList<>();
        for (LocalDate day : plannedDates(slot, group.getPeriod(), LocalDate.now(clock))) {
            found.addAll(clashesAt(group, null, day, slot.getStartsAt(), slot.getEndsAt(), slot.getRoom()));
        }
        return distinct(found);
    }

    /**
     * Saves a slot and produces its sessions. A new slot produces every date of its validity; a changed slot
     * replaces only its future sessions that nobody moved or cancelled by hand.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WeeklySlot saveSlot(WeeklySlot slot) {
        validate(slot);
        CourseGroup group = group(slot.getGroup().getId());
        Period period = group.getPeriod();
        if (slot.getValidFrom().isBefore(period.getStartsOn()) || slot.getValidTo().isAfter(period.getEndsOn())) {
            throw new BusinessRuleException("timetable.slot.error.outsidePeriod", period.getName());
        }
        boolean created = slot.getId() == null;
        slot.setGroup(group);
        WeeklySlot saved = slots.saveAndFlush(slot);
        regenerate(saved, created ? null : LocalDate.now(clock));
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteSlot(long slotId) {
        WeeklySlot slot = slots.findById(slotId).orElseThrow(() -> new EntityNotFoundException("Slot " + slotId));
        LocalDate today = LocalDate.now(clock);
        for (CourseSession session : sessions.findBySlotId(slotId)) {
            if (session.getHeldOn().isBefore(today) || session.isEditedByHand()) {
                // History and hand-made changes stay, as one-off sessions.
                entityManager.createQuery("update CourseSession s set s.slot = null where s.id = :id")
                        .setParameter("id", session.getId()).executeUpdate();
            } else {
                sessions.delete(session);
            }
        }
        sessions.flush();
        slots.delete(slot);
    }

    /** Replaces the slot's unedited sessions from {@code from} on (all of them when null) with what the slot produces. */
    private void regenerate(WeeklySlot slot, LocalDate from) {
        List<CourseSession> existing = sessions.findBySlotId(slot.getId());
        Set<LocalDate> kept = new HashSet<>();
        for (CourseSession session : existing) {
            boolean replaceable = !session.isEditedByHand() && (from == null || !session.getHeldOn().isBefore(from));
            if (replaceable) {
                sessions.delete(session);
            } else {
                kept.add(session.getPlannedOn() != null ? session.getPlannedOn() : session.getHeldOn());
            }
        }
        sessions.flush();
        for (LocalDate day : plannedDates(slot, slot.getGroup().getPeriod(), from)) {
            if (!kept.contains(day)) {
                sessions.save(new CourseSession(slot.getGroup(), slot, day, slot.getStartsAt(), slot.getEndsAt(), slot.getRoom()));
            }
        }
    }

    private List<LocalDate> plannedDates(WeeklySlot slot, Period period, LocalDate notBefore) {
        LocalDate from = max(slot.getValidFrom(), period.getStartsOn());
        if (notBefore != null) {
            from = max(from, notBefore);
        }
        LocalDate to = slot.getValidTo().isAfter(period.getEndsOn()) ? period.getEndsOn() : slot.getValidTo();
        if (to.isBefore(from)) {
            return List.of();
        }
        return SessionPlanner.datesFor(slot.getDayOfWeek(), from, to, period.getKind(), closures.findOverlapping(from, to));
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    /** Sessions between two days (a week, a day) for the calendar, filtered by group, room, trainer or pupil. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<SessionRow> sessions(LocalDate from, LocalDate to, SessionFilter filter) {
        requireShortRange(from, to);
        return sessions.findBetween(from, to, filter.groupId(), filter.room(), filter.trainerId(), filter.pupilId())
                .stream().map(TimetableService::row).toList();
    }

    /** The signed-in trainer's sessions between two days. */
    @PreAuthorize("hasRole('TRAINER')")
    public List<SessionRow> mySessions(LocalDate from, LocalDate to) {
        requireShortRange(from, to);
        Long trainerId = currentTrainer.trainerId().orElse(null);
        if (trainerId == null) {
            return List.of();
        }
        return sessions.findBetween(from, to, null, null, trainerId, null).stream().map(TimetableService::row).toList();
    }

    /** Moves one session (date, time, room) without touching its slot; returns the clashes at the new time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Clash> moveSession(long sessionId, LocalDate day, LocalTime start, LocalTime end, String room) {
        if (day == null || start == null || end == null) {
            throw new BusinessRuleException("validation.required");
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("timetable.validation.endAfterStart");
        }
        CourseSession session = session(sessionId);
        session.moveTo(day, start, end, room);
        return clashesAt(session.getGroup(), session.getId(), day, start, end, session.getRoom());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void cancelSession(long sessionId) {
        session(sessionId).cancel();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reinstateSession(long sessionId) {
        session(sessionId).reinstate();
    }

    // ---- closures ----------------------------------------------------------------------------------------------

    @PreAuthorize("isAuthenticated()")
    public List<Closure> closures(LocalDate from, LocalDate to) {
        return closures.findOverlapping(from, to);
    }

    /** Saves a closure (confirming provisional dates too) and removes the future sessions it closes. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Closure saveClosure(Closure closure) {
        Set<ConstraintViolation<Closure>> violations = validator.validate(closure);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Closure saved = closures.saveAndFlush(closure);
        LocalDate today = LocalDate.now(clock);
        for (WeeklySlot slot : slots.findValidBetween(saved.getStartsOn(), saved.getEndsOn())) {
            regenerate(slot, today);
        }
        return saved;
    }

    // ---- clashes -----------------------------------------------------------------------------------------------

    /** Every clash between two days (at most a few months), each listed once with both sides. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<Clash> clashesBetween(LocalDate from, LocalDate to) {
        requireShortRange(from, to);
        List<Clash> found = new ArrayList<>();
        for (CourseSession session : sessions.findBetween(from, to, null, null, null, null)) {
            if (!session.isCancelled()) {
                found.addAll(clashesAt(session.getGroup(), session.getId(), session.getHeldOn(), session.getStartsAt(),
                        session.getEndsAt(), session.getRoom()));
            }
        }
        return distinct(found);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> ifPupilJoins(long groupId, long pupilId, LocalDate from, LocalDate to) {
        LocalDate until = to != null ? to : from.plusDays(LOOK_AHEAD_DAYS);
        List<String> warnings = new ArrayList<>();
        for (CourseSession mine : sessions.findByGroupBetween(groupId, from, until)) {
            if (mine.isCancelled()) {
                continue;
            }
            for (CourseSession other : sessions.sessionsOfPupilOverlapping(mine.getHeldOn(), mine.getStartsAt(),
                    mine.getEndsAt(), pupilId, groupId)) {
                warnings.add(describe(other));
            }
        }
        return warnings.stream().distinct().toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> ifTrainersTeach(long groupId, Collection<Long> trainerIds) {
        if (trainerIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<String> warnings = new ArrayList<>();
        for (CourseSession mine : sessions.findByGroupBetween(groupId, today, today.plusDays(LOOK_AHEAD_DAYS))) {
            if (mine.isCancelled()) {
                continue;
            }
            for (Object[] other : sessions.trainerOverlaps(mine.getHeldOn(), mine.getStartsAt(), mine.getEndsAt(), trainerIds, groupId)) {
                warnings.add(other[1] + " " + other[2] + " · " + describe((CourseSession) other[0]));
            }
        }
        return warnings.stream().distinct().toList();
    }

    private List<Clash> clashesAt(CourseGroup group, Long sessionId, LocalDate day, LocalTime start, LocalTime end, String room) {
        SessionRow self = new SessionRow(sessionId, group.getId(), group.getName(), group.getSubject().getName(), day, start, end,
                room, false, false);
        List<Clash> found = new ArrayList<>();
        if (room != null) {
            for (CourseSession other : sessions.roomOverlaps(day, start, end, room, group.getId())) {
                found.add(new Clash(ClashKind.ROOM, room, self, row(other)));
            }
        }
        List<Long> trainerIds = group.getTrainers().stream().map(t -> t.getId()).toList();
        if (!trainerIds.isEmpty()) {
            for (Object[] other : sessions.trainerOverlaps(day, start, end, trainerIds, group.getId())) {
                found.add(new Clash(ClashKind.TRAINER, other[1] + " " + other[2], self, row((CourseSession) other[0])));
            }
        }
        for (Object[] other : sessions.pupilOverlaps(day, start, end, group.getId())) {
            found.add(new Clash(ClashKind.PUPIL, other[1] + " " + other[2], self, row((CourseSession) other[0])));
        }
        return found;
    }

    /** A clash between A and B is found from both sides; keep it once. */
    private static List<Clash> distinct(List<Clash> clashes) {
        Map<String, Clash> unique = new LinkedHashMap<>();
        for (Clash clash : clashes) {
            String a = key(clash.first());
            String b = key(clash.second());
            String key = clash.kind() + "|" + clash.who() + "|" + (a.compareTo(b) < 0 ? a + b : b + a);
            unique.putIfAbsent(key, clash);
        }
        List<Clash> result = new ArrayList<>(unique.values());
        result.sort(Comparator.comparing((Clash c) -> c.first().day()).thenComparing(c -> c.first().startsAt()));
        return result;
    }

    private static String key(SessionRow row) {
        return row.groupId() + "@" + row.day() + "T" + row.startsAt();
    }

    private static String describe(CourseSession s) {
        return s.getGroup().getName() + " · " + s.getHeldOn() + " " + s.getStartsAt() + "–" + s.getEndsAt();
    }

    static SessionRow row(CourseSession s) {
        return new SessionRow(s.getId(), s.getGroup().getId(), s.getGroup().getName(), s.getGroup().getSubject().getName(),
                s.getHeldOn(), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.isCancelled(), s.isEditedByHand());
    }

    private CourseGroup group(long groupId) {
        CourseGroup group = entityManager.find(CourseGroup.class, groupId);
        if (group == null) {
            throw new EntityNotFoundException("Course group " + groupId);
        }
        return group;
    }

    private CourseSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new EntityNotFoundException("Session " + sessionId));
    }

    private void validate(WeeklySlot slot) {
        Set<ConstraintViolation<WeeklySlot>> violations = validator.validate(slot);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static void requireShortRange(LocalDate from, LocalDate to) {
        if (from.plusDays(93).isBefore(to)) {
            throw new BusinessRuleException("timetable.error.rangeTooLong");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
