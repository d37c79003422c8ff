package be.classeur.courses;

import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.courses.domain.Enrolment;
import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses module's part of the personal-data contract: a pupil's enrolments (group, period, dates) and the groups
 * a trainer teaches. Erasure keeps enrolments as the attendance trace: once the pupil row is pseudonymised they point
 * to a pseudonym only. They end on the day of erasure, so that the group neither lists the erased pupil as current
 * nor counts them against its capacity. Called only by the privacy module's service, hence the privacy-officer check.
 */
@Component
public class CoursesPersonalData implements PersonalDataHandler {
    static final String PART = "courses";
    static final String RETAINED_ATTENDANCE = "privacy.retained.attendance";

    private final EnrolmentRepository enrolments;
    private final CourseGroupRepository groups;
    private final Clock clock;

    CoursesPersonalData(EnrolmentRepository enrolments, CourseGroupRepository groups, Clock clock) {
        this.enrolments = enrolments;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(Enrolment.class);
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        if (subject.kind() == PersonKind.PUPIL) {
            List<Enrolment> all = enrolments.findByPupilWithGroup(subject.id());
            if (all.isEmpty()) {
                return new Holdings(PART, List.of(), List.of());
            }
            // As anonymise() does: enrolments not yet begun go, the others stay, ended on the day of erasure.
            LocalDate today = LocalDate.now(clock);
            boolean notBegun = all.stream().anyMatch(e -> !e.getStartsOn().isBefore(today));
            boolean begun = all.stream().anyMatch(e -> e.getStartsOn().isBefore(today));
            return new Holdings(PART,
                    notBegun ? List.of("privacy.held.courses.enrolmentsNotBegun") : List.of(),
                    begun ? List.of(new Retained("privacy.held.courses.enrolmentsEnded", RETAINED_ATTENDANCE)) : List.of());
        }
        if (subject.kind() == PersonKind.TRAINER && !groups.findAllTaughtBy(subject.id()).isEmpty()) {
            // The group–trainer link stays: it is the record of who taught, pointing to a pseudonym after erasure.
            // Nothing is erased here, so nothing is listed as held (the preview lists held items as erased).
            return new Holdings(PART, List.of(),
                    List.of(new Retained("privacy.held.courses.groupsTaught", RETAINED_ATTENDANCE)));
        }
        return new Holdings(PART, List.of(), List.of());
    }

    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (subject.kind() == PersonKind.PUPIL) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Enrolment e : enrolments.findByPupilWithGroup(subject.id())) {
                Map<String, Object> row = group(e.getGroup());
                row.put("startsOn", e.getStartsOn());
                row.put("endsOn", e.getEndsOn());
                row.put("overCapacity", e.isOverCapacity());
                row.put("createdAt", e.getCreatedAt());
                rows.add(row);
            }
            out.put("enrolments", rows);
        } else if (subject.kind() == PersonKind.TRAINER) {
            out.put("groupsTaught", groups.findAllTaughtBy(subject.id()).stream().map(CoursesPersonalData::group).toList());
        }
        return out;
    }

    /**
     * Enrolments and group–trainer links hold no name or contact detail of their own, only the reference to the person
     * row, which the people module pseudonymises; they are kept as the attendance trace. A pupil's enrolments end on
     * the day of erasure: one that began before it ends the day before (an end date is the last day attended, see
     * {@link Enrolment#isActiveOn}), so that from the erasure day on the group neither lists the pupil as current nor
     * counts them against its capacity; one that has not begun yet is removed, as there is no attendance to keep.
     */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        if (subject.kind() != PersonKind.PUPIL) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (Enrolment e : enrolments.findByPupilWithGroup(subject.id())) {
            if (!e.getStartsOn().isBefore(today)) {
                enrolments.delete(e);
            } else if (e.getEndsOn() == null || !e.getEndsOn().isBefore(today)) {
                e.endOn(today.minusDays(1));
            }
        }
    }

    /** Restriction lives on the person row (people module); the teaching roster reads it from there. */
    @Override
    @PreAuthorize(PersonalDataHandler.CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // Nothing stored here: CourseGroupService.teachingRoster leaves restricted pupils out.
    }

    private static Map<String, Object> group(CourseGroup group) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("group", group.getName());
        row.put("period", group.getPeriod().getName());
        row.put("periodStartsOn", group.getPeriod().getStartsOn());
        row.put("periodEndsOn", group.getPeriod().getEndsOn());
        return row;
    }
}
