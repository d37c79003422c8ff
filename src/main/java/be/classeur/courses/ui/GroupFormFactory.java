package be.classeur.courses.ui;

import be.classeur.courses.ClashWarnings;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the course group form with the services and choices it needs. */
@Component
class GroupFormFactory {
    private final CourseGroupService groups;
    private final PeriodService periods;
    private final ClashWarnings clashes;

    GroupFormFactory(CourseGroupService groups, PeriodService periods, ClashWarnings clashes) {
        this.groups = groups;
        this.periods = periods;
        this.clashes = clashes;
    }

    GroupForm openNew(Consumer<CourseGroup> onSaved) {
        return open(new CourseGroup(), onSaved);
    }

    GroupForm openEdit(long groupId, Consumer<CourseGroup> onSaved) {
        return open(groups.forEdit(groupId), onSaved);
    }

    private GroupForm open(CourseGroup group, Consumer<CourseGroup> onSaved) {
        GroupForm form = new GroupForm(groups, clashes, groups.choices(group.getId()), periods.periods(), group, onSaved);
        form.open();
        return form;
    }
}
