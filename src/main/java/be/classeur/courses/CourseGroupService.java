package be.classeur.courses;

import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.courses.domain.Enrolment;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Pages;
import be.classeur.kernel.Roles;
import be.classeur.kernel.SchoolYear;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.people.CatalogueService;
import be.classeur.people.GuardianService;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PupilCard;
import be.classeur.people.TrainerName;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The courses module's API for course groups. */
@Service
@Transactional(readOnly = true)
public class CourseGroupService {
    /** The audit action of a pupil's line in a roster read. */
    public static final String ROSTER_VIEWED = "ROSTER_VIEWED";
    public static final Set<String> SORTABLE = Set.of("name", "capacity", "status", "room");

    private final CourseGroupRepository groups;
    private final EnrolmentRepository enrolments;
    private final CurrentTrainer currentTrainer;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GuardianService guardians;
    private final CatalogueService catalogues;
    private final PersonDirectory people;
    private final EntityManager entityManager;

    CourseGroupService(CourseGroupRepository groups, EnrolmentRepository enrolments, CurrentTrainer currentTrainer,
                       Validator validator, ApplicationEventPublisher events, Clock clock, GuardianService guardians,
                       CatalogueService catalogues, PersonDirectory people, EntityManager entityManager) {
        this.guardians = guardians;
        this.catalogues = catalogues;
        this.people = people;
        this.entityManager = entityManager;
        this.groups = groups;
        this.enrolments = enrolments;
        this.currentTrainer = currentTrainer;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the group grid, filtered in the database. */
    @PreAuthorize(CoursesAccess.READ)
    public Slice<GroupRow> search(GroupFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Specification<CourseGroup> spec = Specification.allOf(
                (root, query, cb) -> filter.text() == null || filter.text().isBlank() ? cb.conjunction()
                        : cb.like(cb.lower(root.get("name")), "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%"),
                (root, query, cb) -> filter.periodId() == null ? cb.conjunction() : cb.equal(root.get("period").get("id"), filter.periodId()),
                (root, query, cb) -> filter.subjectId() == null ? cb.conjunction() : cb.equal(root.get("subject").get("id"), filter.subjectId()),
                (root, query, cb) -> filter.status() == null ? cb.conjunction() : cb.equal(root.get("status"), filter.status()),
                (root, query, cb) -> {
                    if (filter.trainerId() == null) {
                        return cb.conjunction();
                    }
                    Subquery<Long> taught = query.subquery(Long.class);
                    Root<CourseGroup> g = taught.from(CourseGroup.class);
                    Join<CourseGroup, Trainer> t = g.join("trainers");
                    taught.select(g.get("id")).where(cb.equal(t.get("id"), filter.trainerId()));
                    return root.get("id").in(taught);
                },
                (root, query, cb) -> {
                    if (!filter.onlyWithFreePlaces()) {
                        return cb.conjunction();
                    }
                    Subquery<Long> active = query.subquery(Long.class);
                    Root<Enrolment> e = active.from(Enrolment.class);
                    active.select(cb.count(e)).where(cb.equal(e.get("group"), root),
                            cb.lessThanOrEqualTo(e.get("startsOn"), today),
                            cb.or(cb.isNull(e.get("endsOn")), cb.greaterThanOrEqualTo(e.get("endsOn"), today)));
                    return cb.lessThan(active, root.get("capacity").as(Long.class));
                });
        Pageable page = Pages.allowSort(pageable, SORTABLE, Sort.by("name"), "id");
        Slice<CourseGroup> slice = groups.findBy(spec, q -> q.sortBy(page.getSort()).slice(page));
        List<Long> ids = slice.getContent().stream().map(CourseGroup::getId).toList();
        Map<Long, Long> counts = activeCounts(ids, today);
        Map<Long, String> trainerNames = trainerNames(ids);
        return slice.map(g -> row(g, counts.getOrDefault(g.getId(), 0L), trainerNames.getOrDefault(g.getId(), "")));
    }

    @PreAuthorize(CoursesAccess.READ)
    public GroupDetail detail(long groupId) {
        CourseGroup group = groups.findForEdit(groupId).orElseThrow(() -> notFound(groupId));
        LocalDate today = LocalDate.now(clock);
        List<Enrolment> enrolled = enrolments.findByGroup(groupId);
        List<PupilCard> cards = people.pupils(enrolled.stream().map(e -> e.getPupil().getId()).distinct().toList());
        Map<Long, Integer> nameOrder = new HashMap<>();
        cards.forEach(card -> nameOrder.put(card.id(), nameOrder.size()));
        Map<Long, PupilCard> byId = cards.stream().collect(Collectors.toMap(PupilCard::id, card -> card));
        List<EnrolmentRow> roster = enrolled.stream()
                .filter(e -> byId.containsKey(e.getPupil().getId()))
                .sorted(Comparator.comparing(e -> nameOrder.get(e.getPupil().getId()))) // stable: keeps the start order
                .map(e -> {
                    PupilCard pupil = byId.get(e.getPupil().getId());
                    return new EnrolmentRow(e.getId(), pupil.id(), pupil.fullName(), pupil.schoolYear(),
                            e.getStartsOn(), e.getEndsOn(), e.isOverCapacity(), e.isActiveOn(today));
                })
                .toList();
        Period period = group.getPeriod();
        List<GroupDetail.TrainerLine> trainers = people.trainers(group.getTrainerIds()).stream()
                .map(t -> new GroupDetail.TrainerLine(t.id(), t.fullName()))
                .toList();
        return new GroupDetail(group.getId(), group.getName(), group.getSubject().getName(), period.getName(), period.getKind(),
                period.getStartsOn(), period.getEndsOn(), List.copyOf(group.getLevels()), group.getLocation(), group.getRoom(),
                group.getCapacity(), group.getStatus(), trainers, roster, enrolments.countActive(groupId, today));
    }

    @PreAuthorize(CoursesAccess.WRITE)
    public CourseGroup forEdit(long groupId) {
        return groups.findForEdit(groupId).orElseThrow(() -> notFound(groupId));
    }

    /** The active subjects, for the group grid's subject filter. */
    @PreAuthorize(CoursesAccess.READ)
    public List<GroupChoices.Choice> activeSubjects() {
        return catalogues.activeSubjects().stream().map(s -> new GroupChoices.Choice(s.getId(), s.getName())).toList();
    }

    /** The subjects and trainers the group form offers; those of the group itself stay listed. */
    @PreAuthorize(CoursesAccess.WRITE)
    public GroupChoices choices(@Nullable Long groupId) {
        CourseGroup group = groupId == null ? null : groups.findForEdit(groupId).orElseThrow(() -> notFound(groupId));
        Map<Long, GroupChoices.Choice> subjects = new LinkedHashMap<>();
        catalogues.activeSubjects().forEach(s -> subjects.put(s.getId(), new GroupChoices.Choice(s.getId(), s.getName())));
        Map<Long, GroupChoices.Choice> teachers = new LinkedHashMap<>();
        people.activeTrainers().forEach(t -> teachers.put(t.id(), trainerChoice(t)));
        if (group != null) {
            Subject own = group.getSubject();
            subjects.putIfAbsent(own.getId(), new GroupChoices.Choice(own.getId(), own.getName()));
            people.trainers(group.getTrainerIds()).forEach(t -> teachers.putIfAbsent(t.id(), trainerChoice(t)));
        }
        return new GroupChoices(List.copyOf(subjects.values()), List.copyOf(teachers.values()));
    }

    private static GroupChoices.Choice trainerChoice(TrainerName trainer) {
        return new GroupChoices.Choice(trainer.id(), trainer.sortName());
    }

    /** Saves a group with the subject and trainers picked by id (the form holds no people entity). */
    @PreAuthorize(CoursesAccess.WRITE)
    @Transactional
    public CourseGroup save(CourseGroup group, long subjectId, Set<Long> trainerIds) {
        group.setSubject(entityManager.getReference(Subject.class, subjectId));
        group.setTrainers(trainerIds.stream().map(id -> entityManager.getReference(Trainer.class, id)).collect(Collectors.toSet()));
        return save(group);
    }

    /** Saves a group; a stale copy is refused (optimistic lock). */
    @PreAuthorize(CoursesAccess.WRITE)
    @Transactional
    public CourseGroup save(CourseGroup group) {
        Set<ConstraintViolation<CourseGroup>> violations = validator.validate(group);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (group.getId() != null) {
            CourseGroup current = groups.findById(group.getId()).orElseThrow(() -> notFound(group.getId()));
            if (current.getVersion() != group.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(CourseGroup.class, group.getId());
            }
        }
        group.touch(clock.instant());
        CourseGroup saved = groups.saveAndFlush(group);
        return saved;
    }

    /** The groups the signed-in trainer teaches (not closed ones). */
    @PreAuthorize("hasRole('TRAINER')")
    public List<GroupRow> myGroups() {
        Long trainerId = currentTrainer.trainerId().orElse(null);
        if (trainerId == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<CourseGroup> mine = groups.findOpenTaughtBy(trainerId);
        List<Long> ids = mine.stream().map(CourseGroup::getId).toList();
        Map<Long, Long> counts = activeCounts(ids, today);
        Map<Long, String> trainerNames = trainerNames(ids);
        return mine.stream().map(g -> row(g, counts.getOrDefault(g.getId(), 0L), trainerNames.getOrDefault(g.getId(), ""))).toList();
    }

    /** Every group a trainer teaches or taught, newest period first, for the trainer's page. */
    @PreAuthorize(CoursesAccess.READ)
    public List<GroupRow> taughtBy(long trainerId) {
        List<CourseGroup> taught = groups.findAllTaughtBy(trainerId);
        List<Long> ids = taught.stream().map(CourseGroup::getId).toList();
        Map<Long, Long> counts = activeCounts(ids, LocalDate.now(clock));
        Map<Long, String> trainerNames = trainerNames(ids);
        return taught.stream().map(g -> row(g, counts.getOrDefault(g.getId(), 0L), trainerNames.getOrDefault(g.getId(), ""))).toList();
    }

    /** The group's name, subject and period, for its own trainer or an administrator. */
    @PreAuthorize(CoursesAccess.ADMIN_OR_OWN_GROUP)
    public GroupRow summary(Long groupId) {
        CourseGroup group = groups.findForEdit(groupId).orElseThrow(() -> notFound(groupId));
        return row(group, enrolments.countActive(groupId, LocalDate.now(clock)),
                trainerNames(List.of(groupId)).getOrDefault(groupId, ""));
    }

    /**
     * The group's current pupils with only what teaching needs. Restricted pupils (art. 18) are left out; the guardian
     * phone is the first guardian in the pupil's contact order who may be contacted (null: contact the office). Each
     * pupil shown is an audit line of its own, in this view's transaction, naming the role the roster was seen in, so
     * that the pupil's access export says when and by whom their data was seen. The trainer's own groups only.
     */
    @PreAuthorize(CoursesAccess.ADMIN_OR_OWN_GROUP)
    @Transactional // not read-only: the audit lines of this read are written in the same transaction
    public List<RosterLine> teachingRoster(Long groupId) {
        List<PupilCard> shown = people.pupils(enrolments.findPupilsActiveIn(groupId, LocalDate.now(clock))).stream()
                .filter(pupil -> !pupil.restricted())
                .toList();
        Map<Long, String> phones = guardians.rosterContactPhones(shown.stream().map(PupilCard::id).toList());
        String detail = "roster of course group " + groupId + ", seen as " + rosterRole(groupId);
        shown.forEach(pupil -> events.publishEvent(
                new PersonalDataAccessed(DataSubjectRef.pupil(pupil.id()), ROSTER_VIEWED, detail)));
        return shown.stream().map(pupil -> rosterLine(pupil, phones.get(pupil.id()))).toList();
    }

    /** The role a roster is read in: the group's own trainer, or an administrator (who may open any group). */
    private String rosterRole(Long groupId) {
        Long trainerId = currentTrainer.trainerId().orElse(null);
        return trainerId != null && groups.isTaughtBy(groupId, trainerId) ? Roles.TRAINER : Roles.ADMIN;
    }

    /**
     * The trainers of the groups these pupils are or were enrolled in: the recipients of their data, to be told of a
     * rectification, erasure or restriction (art. 19). One query.
     */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public List<GroupTrainer> trainersOfPupils(Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return enrolments.findTrainersOfPupils(pupilIds).stream()
                .map(row -> new GroupTrainer((Long) row[0], (Long) row[1], (String) row[2], (Long) row[3]))
                .toList();
    }

    private static RosterLine rosterLine(PupilCard pupil, @Nullable String guardianPhone) {
        return new RosterLine(pupil.firstName(), pupil.lastName(), pupil.schoolYear(), String.join(", ", pupil.subjects()),
                guardianPhone);
    }

    /** The trainers of each group, names joined in name order, from people's lookup: one query for the groups. */
    private Map<Long, String> trainerNames(List<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> trainersOfGroup = new HashMap<>();
        for (Object[] row : groups.findTrainerIdsOf(groupIds)) {
            trainersOfGroup.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((Long) row[1]);
        }
        List<TrainerName> names = people.trainers(trainersOfGroup.values().stream().flatMap(List::stream).distinct().toList());
        Map<Long, String> joined = new HashMap<>();
        trainersOfGroup.forEach((group, ids) -> joined.put(group, names.stream()
                .filter(t -> ids.contains(t.id())).map(TrainerName::fullName).collect(Collectors.joining(", "))));
        return joined;
    }

    private Map<Long, Long> activeCounts(List<Long> groupIds, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        if (!groupIds.isEmpty()) {
            for (Object[] row : enrolments.countActiveByGroup(groupIds, day)) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    static GroupRow row(CourseGroup g, long enrolled, String trainers) {
        List<SchoolYear> levels = g.getLevels().stream().sorted().toList();
        return new GroupRow(g.getId(), g.getName(), g.getSubject().getName(), g.getPeriod().getName(), levels, trainers,
                g.getRoom(), g.getCapacity(), enrolled, g.getStatus());
    }

    private static EntityNotFoundException notFound(long id) {
        return new EntityNotFoundException("Course group " + id);
    }
}
