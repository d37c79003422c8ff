package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.people.domain.Relationship;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;

/**
 * The relationship choice of the link editors, the same everywhere: the representatives first (parent, legal
 * guardian), a divider, then the contacts, each labelled "contact only" so that nobody takes a grandparent or a host
 * family for someone who may act for the child.
 */
final class RelationshipChoices {
    private RelationshipChoices() {
    }

    /** Sets the items, grouped, and their labels; {@code withHelp} adds the explanation under the field. */
    static void configure(Select<Relationship> select, boolean withHelp) {
        select.setItems(Relationship.values());
        select.setItemLabelGenerator(r -> label(select, r));
        Relationship lastRepresentative = Arrays.stream(Relationship.values()).filter(Relationship::mayRepresent)
                .reduce((a, b) -> b).orElseThrow();
        select.addComponents(lastRepresentative, new Hr());
        if (withHelp) {
            select.setHelperText(select.getTranslation("people.relationship.help"));
        }
    }

    /** The relationship as the editors and detail pages show it: a contact says it is a contact only. */
    static String label(Component translator, Relationship r) {
        if (r == null) {
            return "";
        }
        String name = Labels.of(r);
        return r.mayRepresent() ? name : translator.getTranslation("people.relationship.contactOnly", name);
    }
}
