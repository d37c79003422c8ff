package be.classeur.courses;

import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.CourseGroupRepository;
import be.classeur.courses.domain.Enrolment;
import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses module's part of the personal-data contract: a pupil's enrolments (group, period, dates) and the groups
 * a trainer teaches. Erasure keeps enrolments as the attendance trace: once the pupil row is pseudonymised they point
 * to a pseudonym only. Called only by the privacy module's service, hence the privacy-officer check.
 */
@Component
public class CoursesPersonalData implements PersonalDataHandler {
    static final String PART = "courses";
    static final String RETAINED_ATTENDANCE = "privacy.retained.attendance";

    private final EnrolmentRepository enrolments;
    private final CourseGroupRepository groups;

    CoursesPersonalData(EnrolmentRepository enrolments, CourseGroupRepository groups) {
        this.enrolments = enrolments;
        this.groups = groups;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        if (subject.kind() == PersonKind.PUPIL) {
            if (enrolments.findByPupilWithGroup(subject.id()).isEmpty()) {
                return new Holdings(PART, List.of(), List.of());
            }
            return new Holdings(PART, List.of("privacy.held.courses.enrolments"),
                    List.of(new Retained("privacy.held.courses.enrolments", RETAINED_ATTENDANCE)));
        }
        if (subject.kind() == PersonKind.TRAINER && !groups.findAllTaughtBy(subject.id()).isEmpty()) {
            // The group–trainer link stays: it is the record of who taught, pointing to a pseudonym after erasure.
            return new Holdings(PART, List.of("privacy.held.courses.groupsTaught"),
                    List.of(new Retained("privacy.held.courses.groupsTaught", RETAINED_ATTENDANCE)));
        }
        return new Holdings(PART, List.of(), List.of());
    }

    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
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
     * Nothing to change: enrolments and group–trainer links hold no name or contact detail of their own, only the
     * reference to the person row, which the people module pseudonymises. They are kept as the attendance trace.
     */
    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        // Deliberately empty: see the method comment and describe()'s retained item.
    }

    /** Restriction lives on the person row (people module); the teaching roster reads it from there. */
    @Override
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
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
