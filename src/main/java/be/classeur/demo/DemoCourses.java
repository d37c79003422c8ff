package be.classeur.demo;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.timetable.Clash;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's school year: periods, course groups with trainers, rooms and weekly slots, enrolments, and exactly two
 * deliberate clashes. Slots come from a small allocator over (weekday, time band, room) that books trainers, rooms
 * and pupils, so that nobody is in two places at once except in the two clashes made on purpose (one-off moved
 * sessions in the coming two weeks: a room used twice, a trainer in two groups at once).
 */
final class DemoCourses {
    private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

    static final String SCHOOL_YEAR_NAME = "Année scolaire 2026-2027";
    static final String EASTER_NAME = "Stage de Pâques 2027";
    static final LocalDate SCHOOL_YEAR_START = LocalDate.of(2026, 8, 31);
    static final LocalDate SCHOOL_YEAR_END = LocalDate.of(2027, 7, 2);
    static final LocalDate EASTER_START = LocalDate.of(2027, 4, 12);
    static final LocalDate EASTER_END = LocalDate.of(2027, 4, 16);
    static final String LOCATION = "Rue de la Station 20, Genval";
    static final int ROOMS = 8;

    /** Subject and first/last school year of the school-year groups, most asked first. */
    private static final String[][] SCHOOL_GROUPS = {
            {"Mathématiques", "S1", "S2"}, {"Français", "P3", "P4"}, {"Mathématiques", "S3", "S4"}, {"Néerlandais", "P5", "P6"},
            {"Mathématiques", "S5", "S7"}, {"Néerlandais", "S1", "S2"}, {"Mathématiques", "P5", "P6"}, {"Français", "S1", "S2"},
            {"Néerlandais", "S3", "S4"}, {"Anglais", "S3", "S4"}, {"Physique", "S5", "S7"}, {"Chimie", "S5", "S7"},
            {"Mathématiques", "P3", "P4"}, {"Méthode de travail", "S1", "S2"}, {"Français", "S3", "S4"}, {"Sciences", "S1", "S2"},
            {"Latin", "S1", "S2"}, {"Biologie", "S3", "S4"}, {"Histoire", "S3", "S4"}, {"Géographie", "S3", "S4"},
            {"Anglais", "S5", "S7"}, {"Néerlandais", "S5", "S7"}, {"Mathématiques", "P1", "P2"}, {"Français", "P1", "P2"},
            {"Français", "P5", "P6"}, {"Méthode de travail", "P5", "P6"}, {"Allemand", "S3", "S4"}, {"Économie", "S5", "S7"},
            {"Physique", "S3", "S4"}, {"Chimie", "S3", "S4"}, {"Français", "S5", "S7"}, {"Mathématiques", "S1", "S2"},
            {"Mathématiques", "S3", "S4"}, {"Néerlandais", "HIGHER", "ADULT"}, {"Anglais", "HIGHER", "ADULT"},
            {"Néerlandais", "P3", "P4"}, {"Latin", "S3", "S4"}};
    private static final String[][] EASTER_GROUPS = {
            {"Mathématiques", "S1", "S2"}, {"Néerlandais", "P5", "P6"}, {"Français", "S3", "S4"}};

    /** The weekly time bands of school-year groups: weekday afternoons, Wednesday and Saturday mornings. */
    private static final List<Band> SCHOOL_BANDS = schoolBands();
    /** A holiday course meets every weekday morning of its week. */
    private static final List<Band> EASTER_BANDS = List.of(
            new Band(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Band(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Band(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Band(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new Band(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    /** A weekly time: overlapping bands of one trainer, room or pupil are a clash. */
    record Band(DayOfWeek day, LocalTime start, LocalTime end) {
        boolean overlaps(Band other) {
            return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
        }
    }

    /** A demo pupil as the allocator needs it. */
    record DemoPupil(long id, SchoolYear schoolYear, boolean enrolled) {
    }

    /** A demo trainer and the names of the subjects they teach (kept from before saving: no lazy loading). */
    record DemoTrainer(Trainer trainer, Set<String> subjects) {
        long id() {
            return trainer.getId();
        }
    }

    /** A created group and what the allocator gave it. */
    private record PlannedGroup(CourseGroup group, long trainerId, String room, List<Band> bands, boolean holidayCourse,
                                List<Long> pupils) {
    }

    private final CourseGroupService groups;
    private final PeriodService periods;
    private final EnrolmentService enrolments;
    private final TimetableService timetable;
    private final LocalDate today;
    private final Random random;
    /** Weekly bookings of each trainer ("T1"), room ("RSalle 1") and pupil ("P12"). */
    private final Map<String, List<Band>> booked = new HashMap<>();
    private final Map<Long, Integer> trainerLoad = new HashMap<>();

    DemoCourses(CourseGroupService groups, PeriodService periods, EnrolmentService enrolments, TimetableService timetable,
                LocalDate today, Random random) {
        this.groups = groups;
        this.periods = periods;
        this.enrolments = enrolments;
        this.timetable = timetable;
        this.today = today;
        this.random = random;
    }

    /** How many groups the demo creates for a number of trainers: 40 by default, fewer for a small team. */
    static int groupCount(int trainers) {
        return Math.min(SCHOOL_GROUPS.length + EASTER_GROUPS.length, trainers * 5);
    }

    /** Loads everything; {@code trainers.getFirst()} is the trainer of the demo trainer account and of group 1. */
    void load(List<DemoTrainer> trainers, List<Subject> subjects, List<DemoPupil> pupils) {
        if (trainers.isEmpty()) {
            return;
        }
        Period schoolYear = periods.save(new Period(SCHOOL_YEAR_NAME, PeriodKind.SCHOOL_YEAR, SCHOOL_YEAR_START, SCHOOL_YEAR_END));
        Period easter = periods.save(new Period(EASTER_NAME, PeriodKind.HOLIDAY_COURSE, EASTER_START, EASTER_END));
        Map<String, Subject> subjectByName = new HashMap<>();
        subjects.forEach(s -> subjectByName.put(s.getName(), s));

        int total = groupCount(trainers.size());
        int easterCount = Math.min(EASTER_GROUPS.length, total / 10);
        int schoolCount = total - easterCount;
        List<PlannedGroup> planned = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        // The holiday course's week is booked first (it needs trainers and rooms free every morning), its groups are
        // created last so that group 1 is a school-year group of the demo trainer account's trainer.
        List<Allocation> easterAllocations = new ArrayList<>();
        for (int i = 0; i < easterCount; i++) {
            easterAllocations.add(allocate(schoolCount + i, EASTER_GROUPS[i], true, 0, trainers));
        }
        for (int i = 0; i < schoolCount; i++) {
            String[] spec = SCHOOL_GROUPS[i];
            int slots = i % 4 == 2 && !spec[1].startsWith("P") ? 2 : 1;
            Allocation allocation = allocate(i, spec, false, slots, trainers);
            if (allocation != null) {
                planned.add(create(spec, schoolYear, false, allocation, subjectByName, names));
            }
        }
        for (int i = 0; i < easterCount; i++) {
            if (easterAllocations.get(i) != null) {
                planned.add(create(EASTER_GROUPS[i], easter, true, easterAllocations.get(i), subjectByName, names));
            }
        }
        int enrolled = 0;
        for (PlannedGroup group : planned) {
            enrolled += enrol(group, pupils);
        }
        log.info("Demo data: {} course groups, {} enrolments", planned.size(), enrolled);
        deliberateClashes(planned);
    }

    /** A trainer, a room and weekly bands booked for a group to come. */
    private record Allocation(Trainer trainer, String room, List<Band> bands) {
    }

    private Allocation allocate(int index, String[] spec, boolean holidayCourse, int slotCount, List<DemoTrainer> trainers) {
        // The demo trainer account's trainer teaches the first three groups (group 1 included).
        List<DemoTrainer> candidates = new ArrayList<>();
        if (index < 3) {
            candidates.add(trainers.getFirst());
        } else {
            candidates.addAll(trainers);
            candidates.sort((a, b) -> {
                int bySubject = Boolean.compare(!a.subjects().contains(spec[0]), !b.subjects().contains(spec[0]));
                if (bySubject != 0) {
                    return bySubject;
                }
                return Integer.compare(trainerLoad.getOrDefault(a.id(), 0), trainerLoad.getOrDefault(b.id(), 0));
            });
        }
        for (DemoTrainer candidate : candidates) {
            List<Band> bands = new ArrayList<>();
            String room;
            if (holidayCourse) {
                room = allocateAll(candidate.id(), EASTER_BANDS, index);
                if (room != null) {
                    bands.addAll(EASTER_BANDS);
                }
            } else {
                room = allocateWeekly(candidate.id(), slotCount, index, bands);
            }
            if (room != null) {
                trainerLoad.merge(candidate.id(), bands.size(), Integer::sum);
                return new Allocation(candidate.trainer(), room, bands);
            }
        }
        log.warn("Demo data: no free time for group {}", String.join(" ", spec));
        return null;
    }

    private PlannedGroup create(String[] spec, Period period, boolean holidayCourse, Allocation allocation,
                                Map<String, Subject> subjects, Map<String, Integer> names) {
        SchoolYear from = SchoolYear.valueOf(spec[1]);
        SchoolYear to = SchoolYear.valueOf(spec[2]);
        String base = (holidayCourse ? "Stage de Pâques · " : "") + spec[0] + " " + from.code() + "–" + to.code();
        int seen = names.merge(base, 1, Integer::sum);
        CourseGroup group = new CourseGroup();
        group.setName(seen == 1 ? base : base + " " + (char) ('A' + seen - 1));
        group.setSubject(subjects.get(spec[0]));
        group.setPeriod(period);
        group.setLevels(EnumSet.range(from, to));
        group.setTrainers(Set.of(allocation.trainer()));
        group.setLocation(LOCATION);
        group.setRoom(allocation.room());
        group.setCapacity(6 + random.nextInt(5));
        group.setStatus(holidayCourse ? GroupStatus.PLANNED : GroupStatus.RUNNING);
        CourseGroup saved = groups.save(group);
        for (Band band : allocation.bands()) {
            var slot = timetable.newSlot(saved.getId());
            slot.setDayOfWeek(band.day());
            slot.setStartsAt(band.start());
            slot.setEndsAt(band.end());
            slot.setRoom(allocation.room());
            timetable.saveSlot(slot);
        }
        return new PlannedGroup(saved, allocation.trainer().getId(), allocation.room(), allocation.bands(), holidayCourse,
                new ArrayList<>());
    }

    /** Books {@code count} weekly bands on different days for the trainer in one room; returns the room or null. */
    private String allocateWeekly(long trainerId, int count, int index, List<Band> into) {
        List<Band> order = new ArrayList<>(SCHOOL_BANDS);
        Collections.shuffle(order, random);
        for (int r = 0; r < ROOMS; r++) {
            String room = room((index + r) % ROOMS);
            List<Band> chosen = new ArrayList<>();
            for (Band band : order) {
                if (chosen.size() == count) {
                    break;
                }
                boolean otherDay = chosen.stream().noneMatch(c -> c.day() == band.day());
                if (otherDay && free("T" + trainerId, band) && free("R" + room, band)) {
                    chosen.add(band);
                }
            }
            if (chosen.size() == count) {
                chosen.forEach(band -> book(band, "T" + trainerId, "R" + room));
                into.addAll(chosen);
                return room;
            }
        }
        return null;
    }

    /** Books all bands (a holiday course's week) for the trainer in one room; returns the room or null. */
    private String allocateAll(long trainerId, List<Band> bands, int index) {
        if (!bands.stream().allMatch(band -> free("T" + trainerId, band))) {
            return null;
        }
        for (int r = 0; r < ROOMS; r++) {
            String room = room((index + r) % ROOMS);
            if (bands.stream().allMatch(band -> free("R" + room, band))) {
                bands.forEach(band -> book(band, "T" + trainerId, "R" + room));
                return room;
            }
        }
        return null;
    }

    /** Enrols pupils of the group's levels who are free at its times, leaving some places free in most groups. */
    private int enrol(PlannedGroup planned, List<DemoPupil> pupils) {
        CourseGroup group = planned.group();
        List<DemoPupil> candidates = new ArrayList<>(pupils.stream()
                .filter(p -> p.enrolled() && group.getLevels().contains(p.schoolYear()))
                .toList());
        Collections.shuffle(candidates, random);
        // Pupils in fewer groups first, so that groups fill evenly.
        candidates.sort(java.util.Comparator.comparingInt(p -> booked.getOrDefault("P" + p.id(), List.of()).size()));
        int target = group.getCapacity() - random.nextInt(3);
        LocalDate startsOn = planned.holidayCourse() ? EASTER_START : SCHOOL_YEAR_START.plusDays(7L * random.nextInt(4));
        LocalDate endsOn = planned.holidayCourse() ? EASTER_END : null;
        int count = 0;
        for (DemoPupil pupil : candidates) {
            if (count >= target) {
                break;
            }
            String key = "P" + pupil.id();
            if (booked.getOrDefault(key, List.of()).size() >= 4 || !planned.bands().stream().allMatch(band -> free(key, band))) {
                continue;
            }
            enrolments.enrol(group.getId(), pupil.id(), startsOn, endsOn, false);
            planned.bands().forEach(band -> book(band, key));
            planned.pupils().add(pupil.id());
            count++;
        }
        return count;
    }

    /**
     * Two clashes on purpose, each a single session moved by hand in the coming two weeks so that the clash list shows
     * each once: a session moved into a room another group uses at that time, and a trainer's session moved onto the
     * time of another of their groups (in a free room, with pupils who are free then).
     */
    private void deliberateClashes(List<PlannedGroup> planned) {
        Map<Long, PlannedGroup> byGroup = new LinkedHashMap<>();
        planned.stream().filter(p -> !p.holidayCourse()).forEach(p -> byGroup.put(p.group().getId(), p));
        LocalDate from = today.isBefore(SCHOOL_YEAR_START) ? SCHOOL_YEAR_START : today;
        List<SessionRow> window = List.of();
        while (!from.isAfter(SCHOOL_YEAR_END)) {
            LocalDate start = from;
            window = timetable.sessions(start, start.plusDays(13), SessionFilter.none()).stream()
                    .filter(s -> !s.cancelled() && byGroup.containsKey(s.groupId()) && !s.day().isBefore(start))
                    .toList();
            if (window.size() > 1) {
                break;
            }
            from = from.plusDays(7);
        }
        List<Clash> made = new ArrayList<>();
        SessionRow movedIntoRoom = null;
        SessionRow occupying = null;
        // 1. A room used twice: one session moves, at the same time, into the room of another group.
        outer:
        for (SessionRow first : window) {
            for (SessionRow second : window) {
                if (first.groupId().equals(second.groupId()) || !first.day().equals(second.day())
                        || !first.startsAt().equals(second.startsAt()) || !first.endsAt().equals(second.endsAt())
                        || second.room() == null || second.room().equals(first.room())) {
                    continue;
                }
                made.addAll(timetable.moveSession(first.id(), first.day(), first.startsAt(), first.endsAt(), second.room()));
                movedIntoRoom = first;
                occupying = second;
                break outer;
            }
        }
        // 2. A trainer in two places: a session of one of their groups moves onto the time of another of their groups.
        outer:
        for (SessionRow target : window) {
            PlannedGroup targetGroup = byGroup.get(target.groupId());
            // The room clash's two sessions and their day stay as they are.
            if (movedIntoRoom != null && target.day().equals(movedIntoRoom.day())) {
                continue;
            }
            Band at = new Band(target.day().getDayOfWeek(), target.startsAt(), target.endsAt());
            for (SessionRow moving : window) {
                PlannedGroup movingGroup = byGroup.get(moving.groupId());
                if (moving.groupId().equals(target.groupId()) || movingGroup.trainerId() != targetGroup.trainerId()
                        || (movedIntoRoom != null && (moving.id().equals(movedIntoRoom.id()) || moving.id().equals(occupying.id())))
                        || !movingGroup.pupils().stream().allMatch(p -> free("P" + p, at))) {
                    continue;
                }
                String room = freeRoom(at, target.day(), window, movedIntoRoom);
                if (room == null) {
                    continue;
                }
                made.addAll(timetable.moveSession(moving.id(), target.day(), target.startsAt(), target.endsAt(), room));
                break outer;
            }
        }
        for (Clash clash : made) {
            log.info("Demo data: deliberate clash {} ({}): {} {} {}–{} {} / {}", clash.kind(), clash.who(), clash.first().groupName(),
                    clash.first().day(), clash.first().startsAt(), clash.first().endsAt(), clash.first().room(), clash.second().groupName());
        }
        if (made.size() != 2) {
            log.warn("Demo data: {} deliberate clashes made instead of 2 (too few trainers or sessions)", made.size());
        }
    }

    /** A room with no weekly booking at that time and no session there that day (after the room clash's move). */
    private String freeRoom(Band at, LocalDate day, List<SessionRow> window, SessionRow movedIntoRoom) {
        Set<String> used = new HashSet<>();
        for (SessionRow s : window) {
            if (s.day().equals(day) && s.startsAt().isBefore(at.end()) && at.start().isBefore(s.endsAt())) {
                used.add(s.room());
            }
        }
        for (int r = 0; r < ROOMS; r++) {
            String room = room(r);
            if (!used.contains(room) && free("R" + room, at)
                    && (movedIntoRoom == null || !movedIntoRoom.day().equals(day))) {
                return room;
            }
        }
        return null;
    }

    private boolean free(String key, Band band) {
        return booked.getOrDefault(key, List.of()).stream().noneMatch(b -> b.overlaps(band));
    }

    private void book(Band band, String... keys) {
        for (String key : keys) {
            booked.computeIfAbsent(key, k -> new ArrayList<>()).add(band);
        }
    }

    static String room(int index) {
        return "Salle " + (index + 1);
    }

    private static List<Band> schoolBands() {
        List<Band> bands = new ArrayList<>();
        LocalTime four = LocalTime.of(16, 0);
        LocalTime halfFive = LocalTime.of(17, 30);
        LocalTime seven = LocalTime.of(19, 0);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            bands.add(new Band(day, four, halfFive));
            bands.add(new Band(day, halfFive, seven));
        }
        for (DayOfWeek day : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)) {
            bands.add(new Band(day, LocalTime.of(9, 0), LocalTime.of(10, 30)));
            bands.add(new Band(day, LocalTime.of(10, 30), LocalTime.of(12, 0)));
        }
        bands.add(new Band(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(15, 30)));
        return List.copyOf(bands);
    }
}
