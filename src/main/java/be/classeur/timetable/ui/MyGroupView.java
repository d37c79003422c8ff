package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.timetable.TimetableLocations;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupRow;
import be.classeur.courses.RosterLine;
import be.classeur.kernel.Roles;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One of the trainer's groups: what it is, its current pupils with only what teaching needs (a read-only grid) and
 * its next sessions. Another trainer's group is refused by the services (logged and audited), which ends on
 * the access-denied page.
 */
@Route(TimetableLocations.MY_GROUPS)
@RolesAllowed(Roles.TRAINER)
public class MyGroupView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    /** How far ahead the "next sessions" list looks. */
    static final int DAYS_AHEAD = 27;

    final Grid<RosterLine> roster = new Grid<>(RosterLine.class, false);
    final VerticalLayout nextSessions = new VerticalLayout();
    private final transient CourseGroupService courseGroups;
    private final transient TimetableService timetable;
    private final transient Clock clock;
    private String title = "";

    public MyGroupView(CourseGroupService courseGroups, TimetableService timetable, Clock clock) {
        this.courseGroups = courseGroups;
        this.timetable = timetable;
        this.clock = clock;
        addClassName("classeur-detail");
        roster.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        roster.setSelectionMode(Grid.SelectionMode.NONE);
        roster.setAllRowsVisible(true);
        roster.addColumn(RosterLine::firstName).setHeader(getTranslation("people.field.firstName")).setSortable(true).setAutoWidth(true);
        roster.addColumn(RosterLine::lastName).setHeader(getTranslation("people.field.lastName")).setSortable(true).setAutoWidth(true);
        roster.addColumn(line -> line.schoolYear() == null ? "" : Labels.of(line.schoolYear()))
                .setHeader(getTranslation("people.pupil.field.schoolYear")).setAutoWidth(true);
        roster.addColumn(RosterLine::subjects).setHeader(getTranslation("people.pupil.field.subjects")).setAutoWidth(true);
        // No guardian who may be contacted (restricted, archived or erased, or no phone): the office knows what to do.
        roster.addColumn(line -> line.guardianPhone() != null ? line.guardianPhone() : getTranslation("timetable.myGroups.contactOffice"))
                .setHeader(getTranslation("timetable.myGroups.guardianPhone")).setAutoWidth(true);
        nextSessions.setPadding(false);
        nextSessions.setSpacing(false);
    }

    @Override
    public void setParameter(BeforeEvent event, Long groupId) {
        GroupRow group;
        List<RosterLine> lines;
        try {
            // Both refuse another trainer's group with AccessDeniedException (logged and audited by the service).
            group = courseGroups.summary(groupId);
            lines = courseGroups.teachingRoster(groupId);
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
        LocalDate today = LocalDate.now(clock);
        List<SessionRow> sessions = timetable.mySessions(today, today.plusDays(DAYS_AHEAD)).stream()
                .filter(s -> groupId.equals(s.groupId()))
                .toList();
        show(group, lines, sessions);
    }

    private void show(GroupRow group, List<RosterLine> lines, List<SessionRow> sessions) {
        removeAll();
        title = group.name();
        add(new RouterLink(getTranslation("timetable.myGroups.back"), MyGroupsView.class));
        add(new H2(group.name()));
        add(new Facts()
                .add("timetable.myGroups.subject", group.subject())
                .add("timetable.myGroups.levels", Labels.schoolYears(group.levels()))
                .add("timetable.myGroups.period", group.period())
                .add("timetable.myGroups.trainers", group.trainers())
                .add("timetable.myGroups.roomLabel", group.room())
                .add("timetable.myGroups.enrolledLabel", getTranslation("timetable.myGroups.enrolled", group.enrolled(), group.capacity())));

        roster.setItems(lines);
        Component rosterContent = lines.isEmpty() ? new Paragraph(getTranslation("timetable.myGroups.roster.empty")) : roster;
        add(Sections.titled("timetable.myGroups.roster", rosterContent));

        nextSessions.removeAll();
        Map<LocalDate, List<SessionRow>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionRow::day, TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            nextSessions.add(new Paragraph(getTranslation("timetable.myGroups.nextSessions.empty")));
        }
        byDay.forEach((day, rows) -> nextSessions.add(MyGroupTexts.dayBlock(day, rows, false)));
        add(Sections.titled("timetable.myGroups.nextSessions", nextSessions));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
