package be.classeur.people;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to the pupil's detail page (e.g. the pupil's groups), so that people never
 * depends on the modules that build on it. Implementations are Spring beans; {@link #order()} sorts them.
 */
public interface PupilPageSection {
    Optional<Component> sectionFor(long pupilId);

    default int order() {
        return 0;
    }
}
