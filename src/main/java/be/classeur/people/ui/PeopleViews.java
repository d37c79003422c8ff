package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import com.vaadin.flow.router.BeforeEnterEvent;
import be.classeur.ui.components.FilterChip;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.CurrentUser;
import be.classeur.ui.components.SearchFields;
import be.classeur.kernel.Roles;
import be.classeur.people.ArchiveFilter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/** Small helpers the people views share. */
final class PeopleViews {
    private PeopleViews() {
    }

    /** Whether to show write actions; the services check again on their own. */
    static boolean canWrite() {
        return CurrentUser.hasRole(Roles.ADMIN);
    }

    /** The search box every people list has: name, e-mail or phone, searched as the user types. */
    static void configureSearch(TextField search, Runnable onChange) {
        SearchFields.configure(search, "people.filter.search", "people.filter.search.placeholder", onChange);
    }

    /**
     * {@code ?restricted=true} (the dashboard's link) keeps the restricted records, archived ones included: the rows
     * the figure counts. True when the link asked for it.
     */
    static boolean presetRestrictedOnly(BeforeEnterEvent event, FilterChip restrictedOnly, Select<ArchiveFilter> archive) {
        if (FilterChip.parameter(event, PersonLocations.RESTRICTED).filter("true"::equals).isEmpty()) {
            return false;
        }
        restrictedOnly.show(restrictedOnly.getTranslation("lists.people.filter.restricted"));
        archive.setValue(ArchiveFilter.ALL);
        return true;
    }

    /** Active records by default; archived ones stay reachable through this filter. */
    static void configureArchiveFilter(Select<ArchiveFilter> archive, Runnable onChange) {
        UI ui = UI.getCurrent();
        archive.setLabel(ui.getTranslation("people.filter.archive"));
        archive.setItems(Arrays.asList(ArchiveFilter.values()));
        archive.setItemLabelGenerator(a -> Labels.of(a));
        archive.setValue(ArchiveFilter.ACTIVE);
        archive.addValueChangeListener(e -> onChange.run());
    }
}
