package be.classeur.timetable.ui;

import be.classeur.timetable.SessionRow;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How the trainer's pages show a day of sessions. */
final class MyGroupTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MyGroupTexts() {
    }

    /** "jeudi 26/11/2026" and the day's sessions: times, group (optional), room, cancelled or moved. */
    static Div dayBlock(LocalDate day, List<SessionRow> rows, boolean withGroup) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.FRENCH : ui.getLocale();
        Div block = new Div();
        block.addClassName("classeur-day");
        H4 heading = new H4(day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + Formats.date(day));
        heading.getStyle().set("margin-bottom", "0");
        block.add(heading);
        UnorderedList list = new UnorderedList();
        for (SessionRow row : rows) {
            StringBuilder text = new StringBuilder(TIME.format(row.startsAt()) + "–" + TIME.format(row.endsAt()));
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
