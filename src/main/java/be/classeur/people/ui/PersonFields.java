package be.classeur.people.ui;

import be.classeur.kernel.validation.PostalCodes;
import be.classeur.people.domain.Person;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;

/** The identity and contact fields every person form has, bound the same way for pupils, guardians and trainers. */
final class PersonFields<T extends Person> {
    static final List<String> COUNTRIES = List.of("BE", "FR", "NL", "LU", "DE");

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextArea notes = new TextArea();

    PersonFields(BeanValidationBinder<T> binder) {
        UI ui = UI.getCurrent();
        firstName.setLabel(ui.getTranslation("people.field.firstName"));
        lastName.setLabel(ui.getTranslation("people.field.lastName"));
        email.setLabel(ui.getTranslation("people.field.email"));
        phone.setLabel(ui.getTranslation("people.field.phone"));
        phone.setHelperText(ui.getTranslation("people.field.phone.help"));
        street.setLabel(ui.getTranslation("people.field.street"));
        postalCode.setLabel(ui.getTranslation("people.field.postalCode"));
        city.setLabel(ui.getTranslation("people.field.city"));
        country.setLabel(ui.getTranslation("people.field.country"));
        country.setItems(COUNTRIES);
        country.setAllowCustomValue(false);
        country.setItemLabelGenerator(code -> ui.getTranslation("people.country." + code));
        notes.setLabel(ui.getTranslation("people.field.notes"));
        notes.setMaxLength(2000);

        binder.forField(firstName).asRequired(ui.getTranslation("validation.required.field")).bind("firstName");
        binder.forField(lastName).asRequired(ui.getTranslation("validation.required.field")).bind("lastName");
        // An empty field means "no e-mail": the entity's @Email pattern rejects "" but accepts null.
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(phone).bind("phone");
        binder.forField(street).bind("street");
        binder.forField(country).bind("country");
        binder.forField(postalCode)
                .withValidator(code -> PostalCodes.isValid(country.getValue(), code), ui.getTranslation("validation.postalCode"))
                .bind("postalCode");
        binder.forField(city).bind("city");
        binder.forField(notes).bind("notes");
        country.addValueChangeListener(e -> binder.validate());
    }

    Component[] identity() {
        return new Component[] {firstName, lastName};
    }

    Component[] contact() {
        return new Component[] {email, phone, street, postalCode, city, country};
    }
}
