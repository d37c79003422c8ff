package be.classeur.ui.components;

import be.classeur.kernel.Labelled;
import be.classeur.kernel.SchoolYear;
import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How views show a value the user reads: through its translation, never its enum name or stored code ("sup" and
 * "adulte" would read French in every language).
 */
public final class Labels {
    private Labels() {
    }

    /** The value's label in the UI's language; empty for none. */
    public static String of(@Nullable Labelled value) {
        return value == null ? "" : UI.getCurrent().getTranslation(value.labelKey());
    }

    /** The short form a grid shows, e.g. "3P", "1S", "Supérieur"; empty for none. */
    public static String schoolYear(@Nullable SchoolYear year) {
        return year == null ? "" : UI.getCurrent().getTranslation(year.shortLabelKey());
    }

    /** Several school years in school order, short form, comma-separated. */
    public static String schoolYears(Collection<SchoolYear> years) {
        return years.stream().sorted().map(Labels::schoolYear).collect(Collectors.joining(", "));
    }
}
