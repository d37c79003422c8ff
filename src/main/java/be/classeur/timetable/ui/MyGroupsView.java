package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.timetable.TimetableLocations;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupRow;
import be.classeur.kernel.Roles;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A trainer's start page: the groups they teach, each with a link to its page, and their sessions this week and
 * next, grouped by day. Read only; the services return the signed-in trainer's data and nothing else.
 */
@Route(TimetableLocations.MY_GROUPS)
@Menu(order = 0, title = "timetable.myGroups.title", icon = "vaadin:notebook")
@RolesAllowed(Roles.TRAINER)
public class MyGroupsView extends VerticalLayout implements HasDynamicTitle {
    final Div groupCards = new Div();
    final VerticalLayout sessionDays = new VerticalLayout();
    /** What the view shows, for tests: the trainer's groups and sessions. */
    final List<GroupRow> groups;
    final List<SessionRow> sessions;

    public MyGroupsView(CourseGroupService courseGroups, TimetableService timetable, Clock clock) {
        addClassName("classeur-my-groups");
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        groups = courseGroups.myGroups();
        sessions = timetable.mySessions(monday, monday.plusDays(13));

        groupCards.addClassName("classeur-cards");
        groupCards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        if (groups.isEmpty()) {
            groupCards.add(new Paragraph(getTranslation("timetable.myGroups.empty")));
        }
        for (GroupRow group : groups) {
            groupCards.add(card(group));
        }

        sessionDays.setPadding(false);
        sessionDays.setSpacing(false);
        Map<LocalDate, List<SessionRow>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(SessionRow::day, TreeMap::new, Collectors.toList()));
        if (byDay.isEmpty()) {
            sessionDays.add(new Paragraph(getTranslation("timetable.myGroups.sessions.empty")));
        }
        byDay.forEach((day, rows) -> sessionDays.add(MyGroupTexts.dayBlock(day, rows, true)));

        add(Sections.titled("timetable.myGroups.groups", groupCards), Sections.titled("timetable.myGroups.sessions", sessionDays));
    }

    private Div card(GroupRow group) {
        Div card = new Div();
        card.addClassName("classeur-group-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "16em");
        RouterLink link = new RouterLink(group.name(), MyGroupView.class, group.id());
        link.addClassName("classeur-group-link");
        H3 title = new H3(link);
        title.getStyle().set("margin-top", "0");
        card.add(title);
        card.add(line(group.subject() + (group.levels().isEmpty() ? "" : " · " + Labels.schoolYears(group.levels()))));
        card.add(line(group.period()));
        if (group.room() != null) {
            card.add(line(getTranslation("timetable.myGroups.room", group.room())));
        }
        card.add(line(getTranslation("timetable.myGroups.enrolled", group.enrolled(), group.capacity())));
        return card;
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.myGroups.title");
    }
}
