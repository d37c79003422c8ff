package be.classeur.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A titled part of a detail page, styled as every other section (see {@code .classeur-section} in the stylesheet). */
public final class Sections {
    private Sections() {
    }

    public static VerticalLayout titled(String titleKey, Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(UI.getCurrent().getTranslation(titleKey)));
        section.add(content);
        section.setPadding(false);
        section.addClassName("classeur-section");
        return section;
    }
}
