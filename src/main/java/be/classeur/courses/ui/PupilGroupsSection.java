package be.classeur.courses.ui;

import be.classeur.courses.GroupLocations;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PupilGroupRow;
import be.classeur.kernel.PersonKind;
import be.classeur.people.PersonPageSection;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import java.util.Optional;

/** The groups a pupil is or was in, on the pupil's detail page; for administrators and the privacy officer. */
@org.springframework.stereotype.Component
class PupilGroupsSection implements PersonPageSection {
    private final EnrolmentService enrolments;

    PupilGroupsSection(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public PersonKind kind() {
        return PersonKind.PUPIL;
    }

    @Override
    public Optional<Component> sectionFor(long pupilId) {
        if (!CoursesViews.canRead()) {
            return Optional.empty();
        }
        List<PupilGroupRow> rows = enrolments.groupsOf(pupilId);
        UI ui = UI.getCurrent();
        Grid<PupilGroupRow> grid = new Grid<>(PupilGroupRow.class, false);
        grid.addComponentColumn(row -> new Anchor(GroupLocations.group(row.groupId()), row.groupName()))
                .setHeader(ui.getTranslation("courses.pupilGroups.field.group")).setKey("group").setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(PupilGroupRow::period).setHeader(ui.getTranslation("courses.pupilGroups.field.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.startsOn())).setHeader(ui.getTranslation("courses.enrolment.field.from"))
                .setKey("from").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.endsOn())).setHeader(ui.getTranslation("courses.enrolment.field.to"))
                .setKey("to").setAutoWidth(true);
        grid.addComponentColumn(row -> CoursesViews.badge(ui.getTranslation(row.current() ? "courses.enrolment.current" : "courses.enrolment.past"),
                        row.current() ? "success small" : "contrast small"))
                .setHeader(ui.getTranslation("courses.enrolment.field.state")).setKey("state").setAutoWidth(true);
        grid.setItems(rows);
        return Optional.of(CoursesViews.groupsSection("courses.pupilGroups.title", "courses.pupilGroups.empty", grid));
    }

    @Override
    public int order() {
        return 10;
    }
}
