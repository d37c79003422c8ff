package be.classeur.courses.ui;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupLocations;
import be.classeur.courses.GroupRow;
import be.classeur.kernel.PersonKind;
import be.classeur.people.PersonPageSection;
import be.classeur.ui.components.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;

/** The groups a trainer teaches or taught, on the trainer's detail page; for administrators and the privacy officer. */
@org.springframework.stereotype.Component
class TrainerGroupsSection implements PersonPageSection {
    private final CourseGroupService groups;

    TrainerGroupsSection(CourseGroupService groups) {
        this.groups = groups;
    }

    @Override
    public PersonKind kind() {
        return PersonKind.TRAINER;
    }

    @Override
    public Optional<Component> sectionFor(long trainerId) {
        if (!CoursesViews.canRead()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Grid<GroupRow> grid = new Grid<>(GroupRow.class, false);
        grid.addComponentColumn(row -> new Anchor(GroupLocations.group(row.id()), row.name()))
                .setHeader(ui.getTranslation("courses.pupilGroups.field.group")).setKey("group").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(GroupRow::subject).setHeader(ui.getTranslation("courses.group.field.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(GroupRow::period).setHeader(ui.getTranslation("courses.group.field.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(row -> row.enrolled() + " / " + row.capacity())
                .setHeader(ui.getTranslation("courses.group.field.enrolled")).setKey("enrolled").setAutoWidth(true);
        grid.addColumn(row -> Labels.of(row.status())).setHeader(ui.getTranslation("courses.group.field.status"))
                .setKey("status").setAutoWidth(true);
        grid.setItems(groups.taughtBy(trainerId));
        return Optional.of(CoursesViews.groupsSection("courses.trainerGroups.title", "courses.trainerGroups.empty", grid));
    }

    @Override
    public int order() {
        return 10;
    }
}
