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
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> new Anchor(GroupLocations.group(row.id()), row.name()))
                .setHeader(ui.getTranslation("courses.pupilGroups.field.group")).setKey("group").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(GroupRow::subject).setHeader(ui.getTranslation("courses.group.field.subject")).setKey("subject").setAutoWidth(true);
        grid.addColumn(GroupRow::period).setHeader(ui.getTranslation("courses.group.field.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(row -> row.enrolled() + " / " + row.capacity())
                .setHeader(ui.getTranslation("courses.group.field.enrolled")).setKey("enrolled").setAutoWidth(true);
        grid.addColumn(row -> Labels.of(row.status())).setHeader(ui.getTranslation("courses.group.field.status"))
                .setKey("status").setAutoWidth(true);
        grid.setItems(groups.taughtBy(trainerId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(ui.getTranslation("courses.trainerGroups.empty"));
        VerticalLayout section = new VerticalLayout(new H3(ui.getTranslation("courses.trainerGroups.title")), grid);
        section.setPadding(false);
        section.addClassName("classeur-section");
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }
}
