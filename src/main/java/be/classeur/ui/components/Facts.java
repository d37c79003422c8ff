package be.classeur.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/** A description list of label/value pairs for detail pages. Values are set as text, never as HTML. */
@Tag("dl")
public class Facts extends Component implements HasComponents {
    public Facts() {
        getElement().getClassList().add("classeur-facts");
    }

    /** Adds a row; an empty value shows a dash so that "not recorded" is visible. */
    public Facts add(String labelKey, String value) {
        Element term = new Element("dt");
        term.setText(UI.getCurrent().getTranslation(labelKey));
        Element description = new Element("dd");
        description.setText(value == null || value.isBlank() ? "—" : value);
        getElement().appendChild(term, description);
        return this;
    }

    /** Adds a row whose value is a component (a link, a list). */
    public Facts add(String labelKey, Component value) {
        Element term = new Element("dt");
        term.setText(UI.getCurrent().getTranslation(labelKey));
        Element description = new Element("dd");
        description.appendChild(value.getElement());
        getElement().appendChild(term, description);
        return this;
    }
}
