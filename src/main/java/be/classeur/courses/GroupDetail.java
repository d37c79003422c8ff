package be.classeur.courses;

import be.classeur.courses.domain.CourseGroup;
import java.util.List;

/** A group with subject, period, levels and trainers loaded, and its roster. */
public record GroupDetail(CourseGroup group, List<EnrolmentRow> roster, long enrolledToday) {
}
