package be.classeur.timetable.ui;

import be.classeur.courses.GroupLocations;
import be.classeur.timetable.Clash;
import be.classeur.timetable.SessionRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Clashes as a list: what clashes, who, and both sessions with a link to each group. Everything is set as text. */
class ClashList extends UnorderedList {
    final List<Clash> clashes;

    ClashList(List<Clash> clashes) {
        this.clashes = List.copyOf(clashes);
        addClassName("classeur-week-clashes");
        for (Clash clash : clashes) {
            ListItem item = new ListItem();
            Span kind = new Span(TimetableViews.t("timetable.clash.line", TimetableViews.t(clash.kind().labelKey()),
                    clash.who() == null ? "" : clash.who()) + " ");
            kind.addClassName("classeur-week-clash-kind");
            item.add(kind, side(clash.first()), new Span(" ↔ "), side(clash.second()));
            add(item);
        }
    }

    static Span side(SessionRow row) {
        Anchor group = groupLink(row.groupId(), row.groupName());
        return new Span(group, new Span(" (" + TimetableViews.describe(row) + ")"));
    }

    /** A link to the group's page; the group pages are served at groups/{id}. */
    static Anchor groupLink(Long groupId, String name) {
        return new Anchor(GroupLocations.group(groupId), name);
    }
}
