package be.classeur.timetable.ui;

import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupFilter;
import be.classeur.courses.GroupRow;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** The lazy filter boxes of the calendars: groups, trainers and pupils are searched in the database as one types. */
final class TimetableFilters {
    private TimetableFilters() {
    }

    static ComboBox<GroupRow> groupBox(CourseGroupService groups) {
        ComboBox<GroupRow> box = new ComboBox<>(TimetableViews.t("timetable.filter.group"));
        box.setItems(query -> groups.search(new GroupFilter(query.getFilter().orElse(null), null, null, null, null, false),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        box.setItemLabelGenerator(g -> g.name() + " · " + g.period());
        configure(box);
        return box;
    }

    static ComboBox<PersonRow> trainerBox(TrainerService trainers) {
        ComboBox<PersonRow> box = new ComboBox<>(TimetableViews.t("timetable.filter.trainer"));
        box.setItems(query -> trainers.search(new PersonFilter(query.getFilter().orElse(null), ArchiveFilter.ACTIVE),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        box.setItemLabelGenerator(p -> p.lastName() + ", " + p.firstName());
        configure(box);
        return box;
    }

    static ComboBox<PupilRow> pupilBox(PupilService pupils) {
        ComboBox<PupilRow> box = new ComboBox<>(TimetableViews.t("timetable.filter.pupil"));
        box.setItems(query -> pupils.search(new PupilFilter(query.getFilter().orElse(null), null, null, ArchiveFilter.ACTIVE),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        box.setItemLabelGenerator(p -> p.lastName() + ", " + p.firstName());
        configure(box);
        return box;
    }

    private static void configure(ComboBox<?> box) {
        box.setClearButtonVisible(true);
        box.setPlaceholder(TimetableViews.t("timetable.filter.all"));
    }
}
