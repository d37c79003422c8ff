package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.ContactService;
import be.classeur.people.domain.ContactKind;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.LocalDate;

/** Records a contact with a person; it moves their last-contact date. */
class RecordContactDialog extends Dialog {
    final Select<ContactKind> kind = new Select<>();
    final DatePicker day = Formats.datePicker(null);
    final TextArea note = new TextArea();
    final Button record = new Button();

    RecordContactDialog(ContactService contacts, DataSubjectRef person, Runnable onRecorded) {
        setHeaderTitle(getTranslation("people.contact.record"));
        kind.setLabel(getTranslation("people.contact.kind"));
        // A trainer's end of collaboration is a contact of theirs only (retention counts five years from it).
        kind.setItems(java.util.Arrays.stream(ContactKind.values())
                .filter(k -> k != ContactKind.END_OF_COLLABORATION || person.kind() == be.classeur.kernel.PersonKind.TRAINER)
                .toList());
        kind.setItemLabelGenerator(k -> Labels.of(k));
        kind.setValue(ContactKind.PHONE);
        day.setLabel(getTranslation("people.contact.date"));
        LocalDate today = LocalDate.now(VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class));
        day.setValue(today);
        day.setMax(today);
        day.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("people.contact.note"));
        note.setMaxLength(1000);
        add(new FormLayout(kind, day, note));
        record.setText(getTranslation("people.contact.record"));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(record, e -> {
            if (day.getValue() == null || day.isInvalid()) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("people.contact.error.future"));
                return;
            }
            try {
                contacts.record(person, kind.getValue(), day.getValue(), note.getValue());
                Notifications.success("people.contact.recorded");
                close();
                onRecorded.run();
            } catch (BusinessRuleException rule) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation(rule.messageKey(), rule.arguments()));
            }
        });
        getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), record);
    }
}
