package be.classeur.courses;

import be.classeur.kernel.DateRange;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.courses.domain.Enrolment;
import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.ContactService;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PupilCard;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Pupil;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolments: pupils joining and leaving groups. */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {
    private final EnrolmentRepository enrolments;
    private final CourseGroupRepository groups;
    private final ContactService contacts;
    private final EntityManager entityManager;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, CourseGroupRepository groups, ContactService contacts,
                     EntityManager entityManager, PersonDirectory people, ApplicationEventPublisher events, Clock clock) {
        this.enrolments = enrolments;
        this.groups = groups;
        this.contacts = contacts;
        this.entityManager = entityManager;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the group is full on that day, so that the screen can ask for an explicit override. */
    @PreAuthorize(CoursesAccess.READ)
    public boolean isFullOn(long groupId, LocalDate day) {
        CourseGroup group = groups.findById(groupId).orElseThrow(() -> new EntityNotFoundException("Course group " + groupId));
        return enrolments.countActive(groupId, day) >= group.getCapacity();
    }

    /**
     * Enrols a pupil from {@code startsOn} (to {@code endsOn}, or open-ended). A full group needs
     * {@code overCapacity}; the enrolment then stays marked as over capacity. Enrolling is a contact with the pupil.
     */
    @PreAuthorize(CoursesAccess.WRITE)
    @Transactional
    public Enrolment enrol(long groupId, long pupilId, LocalDate startsOn, LocalDate endsOn, boolean overCapacity) {
        CourseGroup group = groups.findById(groupId).orElseThrow(() -> new EntityNotFoundException("Course group " + groupId));
        if (startsOn == null) {
            throw new BusinessRuleException("validation.required");
        }
        if (!DateRange.isOrdered(startsOn, endsOn)) {
            throw new BusinessRuleException("courses.enrolment.error.endBeforeStart");
        }
        if (enrolments.overlapsExisting(groupId, pupilId, startsOn, endsOn)) {
            throw new BusinessRuleException("courses.enrolment.error.alreadyEnrolled");
        }
        boolean full = enrolments.countActive(groupId, startsOn) >= group.getCapacity();
        if (full && !overCapacity) {
            throw new BusinessRuleException("courses.enrolment.error.full", group.getCapacity());
        }
        PupilCard pupil = people.pupils(List.of(pupilId)).stream().findFirst()
                .orElseThrow(() -> new EntityNotFoundException("Pupil " + pupilId));
        if (pupil.restricted()) {
            // Art. 18(2): a restricted pupil's data is stored, not used; a new enrolment would use it.
            throw new BusinessRuleException("courses.enrolment.error.restricted", pupil.fullName().strip());
        }
        Enrolment enrolment = enrolments.save(new Enrolment(group, entityManager.getReference(Pupil.class, pupilId),
                startsOn, endsOn, full, clock.instant()));
        LocalDate today = LocalDate.now(clock);
        contacts.record(DataSubjectRef.pupil(pupilId), ContactKind.ENROLMENT, today, group.getName());
        events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(pupilId), "ENROLLED", "group " + groupId));
        return enrolment;
    }

    /** Ends an enrolment on a day (the pupil leaves the group after it). */
    @PreAuthorize(CoursesAccess.WRITE)
    @Transactional
    public void end(long enrolmentId, LocalDate endsOn) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(() -> new EntityNotFoundException("Enrolment " + enrolmentId));
        if (!DateRange.isOrdered(enrolment.getStartsOn(), endsOn)) {
            throw new BusinessRuleException("courses.enrolment.error.endBeforeStart");
        }
        enrolment.endOn(endsOn);
        events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(enrolment.getPupil().getId()), "ENROLMENT_ENDED",
                "group " + enrolment.getGroup().getId()));
    }

    /** Removes an enrolment recorded by mistake. */
    @PreAuthorize(CoursesAccess.WRITE)
    @Transactional
    public void remove(long enrolmentId) {
        Enrolment enrolment = enrolments.findById(enrolmentId).orElseThrow(() -> new EntityNotFoundException("Enrolment " + enrolmentId));
        enrolments.delete(enrolment);
        events.publishEvent(new PersonalDataChanged(DataSubjectRef.pupil(enrolment.getPupil().getId()), "ENROLMENT_REMOVED",
                "group " + enrolment.getGroup().getId()));
    }

    /** The groups a pupil is or was in, newest first. */
    @PreAuthorize(CoursesAccess.READ)
    public List<PupilGroupRow> groupsOf(long pupilId) {
        LocalDate today = LocalDate.now(clock);
        return enrolments.findByPupilWithGroup(pupilId).stream()
                .map(e -> new PupilGroupRow(e.getGroup().getId(), e.getGroup().getName(), e.getGroup().getPeriod().getName(),
                        e.getStartsOn(), e.getEndsOn(), e.isActiveOn(today)))
                .toList();
    }
}
