package be.classeur.people;

import be.classeur.kernel.PersonKind;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to a person's detail page (a pupil's groups, the groups a trainer teaches), so that
 * people never depends on the modules that build on it. Implementations are Spring beans; a page shows those of its
 * {@link #kind()}, sorted by {@link #order()}.
 */
public interface PersonPageSection {
    /** Which pages show this section. */
    PersonKind kind();

    Optional<Component> sectionFor(long personId);

    default int order() {
        return 0;
    }
}
