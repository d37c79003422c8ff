package be.classeur.timetable.ui;

import be.classeur.timetable.SessionRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;

/** How the trainer's pages show a day of sessions. */
final class MyGroupTexts {
    private MyGroupTexts() {
    }

    /** "jeudi 26/11/2026" and the day's sessions: times, group (optional), room, cancelled or moved. */
    static Div dayBlock(LocalDate day, List<SessionRow> rows, boolean withGroup) {
        UI ui = UI.getCurrent();
        Div block = new Div();
        block.addClassName("classeur-day");
        H4 heading = new H4(TimetableViews.dayLabel(day));
        heading.getStyle().set("margin-bottom", "0");
        block.add(heading);
        UnorderedList list = new UnorderedList();
        for (SessionRow row : rows) {
            StringBuilder text = new StringBuilder(TimetableViews.times(row));
            if (withGroup) {
                text.append(" · ").append(row.groupName());
            }
            if (row.room() != null) {
                text.append(" · ").append(row.room());
            }
            ListItem item = new ListItem(new Span(text.toString()));
            item.addClassName("classeur-session");
            if (row.cancelled()) {
                item.add(badge(translate(ui, "timetable.myGroups.cancelled"), "error"));
                item.getChildren().findFirst().ifPresent(c -> c.getElement().getStyle().set("text-decoration", "line-through"));
            } else if (row.editedByHand()) {
                item.add(badge(translate(ui, "timetable.myGroups.moved"), "contrast"));
            }
            list.add(item);
        }
        block.add(list);
        return block;
    }

    /** Like courses' CoursesViews.badge (not visible from here: another module's ui package), with a margin. */
    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return badge;
    }

    private static String translate(UI ui, String key) {
        return ui == null ? key : ui.getTranslation(key);
    }
}
