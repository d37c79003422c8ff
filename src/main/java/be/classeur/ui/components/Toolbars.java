package be.classeur.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.function.Function;

/** The bar above a list: the search box takes the free width, filters and the main action follow, and wrap when narrow. */
public final class Toolbars {
    private Toolbars() {
    }

    public static HorizontalLayout withSearch(Component search, Component... filtersAndActions) {
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.add(filtersAndActions);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setFlexGrow(1, search);
        toolbar.addClassName("classeur-toolbar");
        return toolbar;
    }

    /**
     * A filter that is either "all" (no value, captioned by {@code allKey}) or one of {@code items}, named by
     * {@code name}; {@code onChange} runs the list's query again.
     */
    public static <T> Select<T> filter(Select<T> select, String labelKey, String allKey, Collection<T> items,
                                       Function<T, String> name, Runnable onChange) {
        UI ui = UI.getCurrent();
        select.setLabel(ui.getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(ui.getTranslation(allKey));
        select.setItemLabelGenerator(item -> item == null ? ui.getTranslation(allKey) : name.apply(item));
        select.addValueChangeListener(e -> onChange.run());
        return select;
    }
}
