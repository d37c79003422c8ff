package be.classeur.people.ui;

import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Relationship;
import be.classeur.ui.components.OneClick;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.BiConsumer;

/** Enters a new guardian while creating a pupil; the guardian is saved together with the pupil. */
class QuickGuardianDialog extends Dialog {
    private final BeanValidationBinder<Guardian> binder = new BeanValidationBinder<>(Guardian.class);
    final PersonFields<Guardian> person;
    final Select<Relationship> relationship = new Select<>();
    final Button add = new Button();

    QuickGuardianDialog(Relationship initial, BiConsumer<Guardian, Relationship> onAdd) {
        setHeaderTitle(getTranslation("people.link.newGuardian"));
        person = new PersonFields<>(binder);
        relationship.setLabel(getTranslation("people.link.relationship"));
        RelationshipChoices.configure(relationship, true);
        relationship.setValue(initial == null ? Relationship.MOTHER : initial);
        FormLayout form = new FormLayout(person.firstName, person.lastName, relationship, person.email, person.phone,
                person.street, person.postalCode, person.city, person.country);
        add(form);
        Guardian guardian = new Guardian();
        binder.readBean(guardian);
        add.setText(getTranslation("people.link.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(add, e -> {
            try {
                binder.writeBean(guardian);
                onAdd.accept(guardian, relationship.getValue());
                close();
            } catch (ValidationException invalid) {
                // The fields show what is wrong.
            }
        });
        Button cancel = new Button(getTranslation("ui.action.cancel"), e -> close());
        getFooter().add(cancel, add);
    }
}
