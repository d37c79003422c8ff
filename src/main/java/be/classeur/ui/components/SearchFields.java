package be.classeur.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box every list has: a labelled field that filters the list as the user types. */
public final class SearchFields {
    private SearchFields() {
    }

    /**
     * Labels the field, adds the search icon and a clear button, and runs {@code onChange} shortly after typing stops.
     * {@code placeholderKey} may be null.
     */
    public static TextField configure(TextField field, String labelKey, String placeholderKey, Runnable onChange) {
        UI ui = UI.getCurrent();
        field.setLabel(ui.getTranslation(labelKey));
        if (placeholderKey != null) {
            field.setPlaceholder(ui.getTranslation(placeholderKey));
        }
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> onChange.run());
        return field;
    }
}
