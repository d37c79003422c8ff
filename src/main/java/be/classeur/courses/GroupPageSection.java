package be.classeur.courses;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to a course group's detail page (e.g. its timetable), so that courses never
 * depends on the timetable. Implementations are Spring beans; {@link #order()} sorts them.
 */
public interface GroupPageSection {
    Optional<Component> sectionFor(long groupId);

    default int order() {
        return 0;
    }
}
