package be.classeur.timetable;

import be.classeur.kernel.DateRange;
import be.classeur.kernel.Message;
import be.classeur.courses.ClashWarnings;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.Period;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.PersonDirectory;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
    /** The longest range, in days after the first one, that one calendar or clash search covers (about three months). */
    public static final int MAX_RANGE_DAYS = 93;
    /** The order clashes of one session are listed in. */
    private static final List<ClashKind> LISTED_ORDER = List.of(ClashKind.ROOM, ClashKind.TRAINER, ClashKind.PUPIL);

    /** How many days around the shown ones the calendars by room and by trainer look for their rows. */
    private static final int RESOURCE_WINDOW_DAYS = 28;
    /** Text with numbers in number order ("Salle 2" before "Salle 10"), then case-insensitively. */
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    static final Comparator<String> NATURAL_ORDER = Comparator.comparing((String text) -> DIGITS
            .matcher(text.toLowerCase(java.util.Locale.ROOT))
            .replaceAll(m -> "0".repeat(Math.max(0, 9 - m.group().length())) + m.group())).thenComparing(Comparator.naturalOrder());

    private final WeeklySlotRepository slots;
    private final CourseSessionRepository sessions;
    private final ClosureRepository closures;
    private final CurrentTrainer currentTrainer;
    private final EntityManager entityManager;
    private final Validator validator;
    private final Clock clock;
    private final PersonDirectory people;

    TimetableService(WeeklySlotRepository slots, CourseSessionRepository sessions, ClosureRepository closures,
                     CurrentTrainer currentTrainer, EntityManager entityManager, Validator validator, Clock clock,
                     PersonDirectory people) {
        this.people = people;
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
        List<LocalDate> days = plannedDates(slot, group.getPeriod(), LocalDate.now(clock), null);
        return clashesAt(group, null, days, slot.getStartsAt(), slot.getEndsAt(), slot.getRoom());
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
        if (!period.contains(slot.getValidFrom()) || !period.contains(slot.getValidTo())) {
            throw new BusinessRuleException("timetable.slot.error.outsidePeriod", period.getName());
        }
        boolean created = slot.getId() == null;
        slot.setGroup(group);
        WeeklySlot saved = slots.saveAndFlush(slot);
        regenerate(saved, created ? null : LocalDate.now(clock), null);
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteSlot(long slotId) {
        WeeklySlot slot = slots.findById(slotId).orElseThrow(() -> new EntityNotFoundException("Slot " + slotId));
        LocalDate today = LocalDate.now(clock);
        // History and hand-made changes stay, as one-off sessions; the rest goes with the slot.
        sessions.detachKeptFromSlot(slotId, today);
        sessions.deleteUneditedOfSlot(slotId, today);
        slots.delete(slot);
    }

    /**
     * Replaces the slot's unedited sessions from {@code from} on (all of them when null) with what the slot produces.
     * {@code knownClosures} are the closures already loaded by the caller (covering the slot's dates), or null.
     */
    private void regenerate(WeeklySlot slot, LocalDate from, List<Closure> knownClosures) {
        sessions.deleteUneditedOfSlot(slot.getId(), from);
        Set<LocalDate> kept = new HashSet<>(sessions.plannedDatesOfSlot(slot.getId()));
        for (LocalDate day : plannedDates(slot, slot.getGroup().getPeriod(), from, knownClosures)) {
            if (!kept.contains(day)) {
                sessions.save(new CourseSession(slot.getGroup(), slot, day, slot.getStartsAt(), slot.getEndsAt(), slot.getRoom()));
            }
        }
    }

    private List<LocalDate> plannedDates(WeeklySlot slot, Period period, LocalDate notBefore, List<Closure> knownClosures) {
        LocalDate from = max(slot.getValidFrom(), period.getStartsOn());
        if (notBefore != null) {
            from = max(from, notBefore);
        }
        LocalDate to = slot.getValidTo().isAfter(period.getEndsOn()) ? period.getEndsOn() : slot.getValidTo();
        if (to.isBefore(from)) {
            return List.of();
        }
        List<Closure> closed = knownClosures != null ? knownClosures : closures.findOverlapping(from, to);
        return SessionPlanner.datesFor(slot.getDayOfWeek(), from, to, period.getKind(), closed);
    }

    // ---- sessions ----------------------------------------------------------------------------------------------

    /** Sessions between two days (a week, a day) for the calendar, filtered by group, room, trainer or pupil. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<SessionRow> sessions(LocalDate from, LocalDate to, SessionFilter filter) {
        requireShortRange(from, to);
        return sessions.findBetween(from, to, filter.groupId(), filter.room(), filter.trainerId(), filter.pupilId())
                .stream().map(TimetableService::row).toList();
    }

    /** Sessions between two days with their trainers' names, for the week calendar's blocks and session dialog. */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<SessionDetail> sessionDetails(LocalDate from, LocalDate to, SessionFilter filter) {
        requireShortRange(from, to);
        return details(sessions.findBetween(from, to, filter.groupId(), filter.room(), filter.trainerId(), filter.pupilId()));
    }

    /**
     * Every room and its sessions between two days, rooms in natural order ("Salle 2" before "Salle 10"): the rooms
     * are those used within a few weeks around, so that a room free on these days still has its (empty) row.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<RoomSessions> sessionsByRoom(LocalDate from, LocalDate to) {
        requireShortRange(from, to);
        List<SessionDetail> found = details(sessions.findBetween(from, to, null, null, null, null));
        Map<String, List<SessionDetail>> byRoom = new java.util.TreeMap<>(NATURAL_ORDER);
        sessions.roomsBetween(from.minusDays(RESOURCE_WINDOW_DAYS), to.plusDays(RESOURCE_WINDOW_DAYS))
                .forEach(room -> byRoom.put(room, new ArrayList<>()));
        List<SessionDetail> roomless = new ArrayList<>();
        for (SessionDetail detail : found) {
            String room = detail.session().room();
            if (room == null) {
                roomless.add(detail);
            } else {
                byRoom.computeIfAbsent(room, r -> new ArrayList<>()).add(detail);
            }
        }
        List<RoomSessions> lines = new ArrayList<>();
        byRoom.forEach((room, ofRoom) -> lines.add(new RoomSessions(room, ofRoom)));
        if (!roomless.isEmpty()) {
            lines.add(new RoomSessions(null, roomless));
        }
        return lines;
    }

    /**
     * Every trainer and their sessions between two days, trainers in name order: those teaching a group that meets
     * within a few weeks around, so that a trainer free on these days still has an (empty) row. Closed to trainers,
     * like the calendar: a trainer sees only their own sessions ({@link #mySessions}).
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<TrainerSessions> sessionsByTrainer(LocalDate from, LocalDate to) {
        requireShortRange(from, to);
        List<CourseSession> found = sessions.findBetween(from, to, null, null, null, null);
        Map<Long, List<Long>> trainerIds = trainerIdsOf(found);
        Set<Long> everyone = new LinkedHashSet<>(sessions.trainersBetween(from.minusDays(RESOURCE_WINDOW_DAYS),
                to.plusDays(RESOURCE_WINDOW_DAYS)));
        trainerIds.values().forEach(everyone::addAll);
        Map<Long, String> names = new LinkedHashMap<>();
        people.trainers(everyone).forEach(t -> names.put(t.id(), t.fullName()));
        Map<Long, List<SessionDetail>> byTrainer = new LinkedHashMap<>();
        names.keySet().forEach(id -> byTrainer.put(id, new ArrayList<>()));
        List<SessionDetail> untaught = new ArrayList<>();
        for (CourseSession session : found) {
            List<Long> ids = trainerIds.getOrDefault(session.getGroup().getId(), List.of());
            SessionDetail detail = new SessionDetail(row(session), ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList());
            if (ids.isEmpty()) {
                untaught.add(detail);
            }
            ids.stream().filter(byTrainer::containsKey).forEach(id -> byTrainer.get(id).add(detail));
        }
        List<TrainerSessions> lines = new ArrayList<>();
        byTrainer.forEach((id, ofTrainer) -> lines.add(new TrainerSessions(id, names.get(id), ofTrainer)));
        if (!untaught.isEmpty()) {
            lines.add(new TrainerSessions(null, null, untaught));
        }
        return lines;
    }

    /** The sessions as rows with their trainers' names: one query for the trainers, one lookup for their names. */
    private List<SessionDetail> details(List<CourseSession> found) {
        Map<Long, List<Long>> trainerIds = trainerIdsOf(found);
        Set<Long> everyone = new LinkedHashSet<>();
        trainerIds.values().forEach(everyone::addAll);
        Map<Long, String> names = new HashMap<>();
        if (!everyone.isEmpty()) {
            people.trainers(everyone).forEach(t -> names.put(t.id(), t.fullName()));
        }
        return found.stream().map(s -> new SessionDetail(row(s), trainerIds.getOrDefault(s.getGroup().getId(), List.of())
                .stream().map(names::get).filter(java.util.Objects::nonNull).sorted(NATURAL_ORDER).toList())).toList();
    }

    /** The trainer ids of the sessions' groups, by group id. */
    private Map<Long, List<Long>> trainerIdsOf(List<CourseSession> found) {
        Set<Long> groupIds = new HashSet<>();
        found.forEach(s -> groupIds.add(s.getGroup().getId()));
        Map<Long, List<Long>> byGroup = new HashMap<>();
        if (!groupIds.isEmpty()) {
            for (Object[] pair : sessions.trainersOfGroups(groupIds)) {
                byGroup.computeIfAbsent((Long) pair[0], g -> new ArrayList<>()).add((Long) pair[1]);
            }
        }
        return byGroup;
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
        return clashesAt(session.getGroup(), session.getId(), List.of(day), start, end, session.getRoom());
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
        List<WeeklySlot> touched = slots.findValidBetween(saved.getStartsOn(), saved.getEndsOn());
        if (!touched.isEmpty()) {
            // One load of the closures for every slot: those overlapping the span of all their periods and validities.
            LocalDate from = touched.stream().map(s -> min(s.getValidFrom(), s.getGroup().getPeriod().getStartsOn()))
                    .min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = touched.stream().map(s -> max(s.getValidTo(), s.getGroup().getPeriod().getEndsOn()))
                    .max(Comparator.naturalOrder()).orElseThrow();
            List<Closure> known = closures.findOverlapping(from, to);
            for (WeeklySlot slot : touched) {
                regenerate(slot, today, known);
            }
        }
        return saved;
    }

    // ---- clashes -----------------------------------------------------------------------------------------------

    /**
     * Every clash between two days (at most a few months), each listed once with both sides: one self-join query
     * per kind finds each pair once, the earlier session first.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    public List<Clash> clashesBetween(LocalDate from, LocalDate to) {
        requireShortRange(from, to);
        List<Clash> found = new ArrayList<>();
        for (Object[] pair : sessions.roomClashesBetween(from, to)) {
            CourseSession a = (CourseSession) pair[0];
            found.add(new Clash(ClashKind.ROOM, a.getRoom(), row(a), row((CourseSession) pair[1])));
        }
        List<Object[]> trainerPairs = sessions.trainerClashesBetween(from, to);
        List<Object[]> pupilPairs = sessions.pupilClashesBetween(from, to);
        Map<DataSubjectRef, String> names = names(trainerPairs, pupilPairs, 2);
        for (Object[] pair : trainerPairs) {
            found.add(new Clash(ClashKind.TRAINER, names.get(DataSubjectRef.trainer((Long) pair[2])), row((CourseSession) pair[0]),
                    row((CourseSession) pair[1])));
        }
        for (Object[] pair : pupilPairs) {
            found.add(new Clash(ClashKind.PUPIL, names.get(DataSubjectRef.pupil((Long) pair[2])), row((CourseSession) pair[0]),
                    row((CourseSession) pair[1])));
        }
        // By the earlier session, then room, trainer, pupil (the order the list always had); the sort is stable.
        found.sort(Comparator.comparing((Clash c) -> c.first().day()).thenComparing(c -> c.first().startsAt())
                .thenComparing(c -> c.first().id()).thenComparingInt(c -> LISTED_ORDER.indexOf(c.kind())));
        return found;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<Message> ifPupilJoins(long groupId, long pupilId, LocalDate from, LocalDate to) {
        LocalDate until = to != null ? to : from.plusDays(LOOK_AHEAD_DAYS);
        return sessions.pupilOverlapsWithGroup(groupId, pupilId, from, until).stream()
                .map(other -> describe(other, 0)).distinct().toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<Message> ifTrainersTeach(long groupId, Collection<Long> trainerIds) {
        if (trainerIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> overlaps = sessions.trainerOverlapsWithGroup(groupId, trainerIds, today, today.plusDays(LOOK_AHEAD_DAYS));
        Map<DataSubjectRef, String> names = names(overlaps, List.of(), 0);
        return overlaps.stream()
                .map(other -> Message.of("timetable.clash.warning.trainer",
                        new Message.Text(names.get(DataSubjectRef.trainer((Long) other[0]))), describe(other, 1)))
                .distinct().toList();
    }

    /** Clashes of one time of a group on some days (a slot's dates, a moved session's day): one query per kind. */
    private List<Clash> clashesAt(CourseGroup group, Long sessionId, List<LocalDate> days, LocalTime start, LocalTime end, String room) {
        if (days.isEmpty()) {
            return List.of();
        }
        List<Clash> found = new ArrayList<>();
        if (room != null) {
            for (CourseSession other : sessions.roomOverlaps(days, start, end, room, group.getId())) {
                found.add(new Clash(ClashKind.ROOM, room, self(group, sessionId, other.getHeldOn(), start, end, room), row(other)));
            }
        }
        List<Long> trainerIds = group.getTrainers().stream().map(t -> t.getId()).toList();
        List<Object[]> trainerOverlaps = trainerIds.isEmpty() ? List.of()
                : sessions.trainerOverlaps(days, start, end, trainerIds, group.getId());
        List<Object[]> pupilOverlaps = sessions.pupilOverlaps(days, start, end, group.getId());
        Map<DataSubjectRef, String> names = names(trainerOverlaps, pupilOverlaps, 1);
        for (Object[] other : trainerOverlaps) {
            CourseSession session = (CourseSession) other[0];
            found.add(new Clash(ClashKind.TRAINER, names.get(DataSubjectRef.trainer((Long) other[1])),
                    self(group, sessionId, session.getHeldOn(), start, end, room), row(session)));
        }
        for (Object[] other : pupilOverlaps) {
            CourseSession session = (CourseSession) other[0];
            found.add(new Clash(ClashKind.PUPIL, names.get(DataSubjectRef.pupil((Long) other[1])),
                    self(group, sessionId, session.getHeldOn(), start, end, room), row(session)));
        }
        // By day, then room, trainer, pupil as the list always had them; the sort is stable.
        found.sort(Comparator.comparing((Clash c) -> c.first().day()).thenComparingInt(c -> LISTED_ORDER.indexOf(c.kind())));
        return distinct(found);
    }

    private static SessionRow self(CourseGroup group, Long sessionId, LocalDate day, LocalTime start, LocalTime end, String room) {
        return new SessionRow(sessionId, group.getId(), group.getName(), group.getSubject().getName(), day, start, end,
                room, false, false);
    }

    /** Joins can name the same other session and person twice (e.g. two enrolments of one pupil); keep it once. */
    private static List<Clash> distinct(List<Clash> clashes) {
        Map<String, Clash> unique = new LinkedHashMap<>();
        for (Clash clash : clashes) {
            unique.putIfAbsent(clash.kind() + "|" + clash.who() + "|" + key(clash.first()) + "|" + key(clash.second()), clash);
        }
        return new ArrayList<>(unique.values());
    }

    private static String key(SessionRow row) {
        return row.groupId() + "@" + row.day() + "T" + row.startsAt();
    }

    /** Group name · day start–end, from [.., group name, day, start, end, ..] starting at {@code at}. */
    /**
     * The names of the trainers and pupils whose ids sit at this place in the tuples, from people's own lookup (one
     * query per kind): timetable's queries never read people's fields.
     */
    private Map<DataSubjectRef, String> names(List<Object[]> trainerTuples, List<Object[]> pupilTuples, int at) {
        Set<DataSubjectRef> refs = new LinkedHashSet<>();
        trainerTuples.forEach(t -> refs.add(DataSubjectRef.trainer((Long) t[at])));
        pupilTuples.forEach(t -> refs.add(DataSubjectRef.pupil((Long) t[at])));
        if (refs.isEmpty()) {
            return Map.of();
        }
        Map<DataSubjectRef, String> names = new HashMap<>();
        people.summaries(refs).forEach(summary -> names.put(summary.ref(), summary.name()));
        return names;
    }

    private static Message describe(Object[] tuple, int at) {
        return Message.of("timetable.clash.warning.session", new Message.Text(String.valueOf(tuple[at])),
                (LocalDate) tuple[at + 1], new Message.Text(String.valueOf(tuple[at + 2])),
                new Message.Text(String.valueOf(tuple[at + 3])));
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
        // A reversed range loads nothing; only a too long one is refused.
        if (DateRange.isOrdered(from, to) && new DateRange(from, to).spansMoreThan(MAX_RANGE_DAYS)) {
            throw new BusinessRuleException("timetable.error.rangeTooLong");
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
