package be.classeur.consent.ui;

import be.classeur.consent.ConsentChoice;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.people.LinkRow;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records one choice: purpose, status, date, channel (a request's withdrawal is recorded from the request's page),
 * policy version, evidence note, and for a pupil who chose: the pupil or one linked parent or legal guardian. The
 * ledger checks the rules (age on the day, representatives) and its refusals are shown translated.
 */
class RecordChoiceDialog extends Dialog {
    /** Who chose: the person themself ({@code guardianId} null) or a linked parent or guardian. */
    record Giver(@Nullable Long guardianId, String label) {
    }

    final Select<String> purpose = new Select<>();
    final Select<ConsentStatus> status = new Select<>();
    final DatePicker when;
    final Select<ConsentChannel> channel = new Select<>();
    final TextField policyVersion = new TextField();
    final TextArea evidence = new TextArea();
    final Select<Giver> giver = new Select<>();
    final Button save;

    private final transient ConsentLedger ledger;
    private final DataSubjectRef person;
    private final Runnable saved;

    RecordChoiceDialog(ConsentLedger ledger, Clock clock, DataSubjectRef person, Runnable saved) {
        this.ledger = ledger;
        this.person = person;
        this.saved = saved;
        setHeaderTitle(getTranslation("consent.record.title"));
        purpose.setLabel(getTranslation("consent.field.purpose"));
        purpose.setItems(ledger.purposes());
        purpose.setItemLabelGenerator(code -> getTranslation("privacy.processing.purpose." + code));
        status.setLabel(getTranslation("consent.field.status"));
        status.setItems(ConsentStatus.values());
        status.setItemLabelGenerator(Labels::of);
        when = Formats.datePicker(getTranslation("consent.field.when"));
        when.setValue(LocalDate.now(clock));
        when.setMax(LocalDate.now(clock));
        channel.setLabel(getTranslation("consent.field.channel"));
        channel.setItems(Arrays.stream(ConsentChannel.values()).filter(c -> c != ConsentChannel.RIGHTS_REQUEST).toList());
        channel.setItemLabelGenerator(Labels::of);
        policyVersion.setLabel(getTranslation("consent.field.policyVersion"));
        policyVersion.setMaxLength(40);
        policyVersion.setValue(ledger.currentPolicyVersion());
        evidence.setLabel(getTranslation("consent.field.evidence"));
        evidence.setMaxLength(1000);
        giver.setLabel(getTranslation("consent.field.givenBy"));
        List<Giver> givers = new ArrayList<>();
        givers.add(new Giver(null, getTranslation(person.kind() == PersonKind.PUPIL ? "consent.record.thePupil" : "consent.giver.SELF")));
        if (person.kind() == PersonKind.PUPIL) {
            for (LinkRow link : ledger.representatives(person.id())) {
                givers.add(new Giver(link.guardianId(), link.guardianName() + " (" + Labels.of(link.relationship()) + ")"));
            }
        }
        giver.setItems(givers);
        giver.setItemLabelGenerator(Giver::label);
        giver.setValue(givers.getFirst());
        giver.setVisible(person.kind() == PersonKind.PUPIL);
        FormLayout form = new FormLayout(purpose, status, when, channel, policyVersion, giver, evidence);
        form.setColspan(evidence, 2);
        add(form);
        save = OneClick.button(getTranslation("consent.record.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("ui.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Checks the required fields (translated messages on the fields), then records through the ledger. */
    void save() {
        boolean valid = required(purpose, purpose.isEmpty()) & required(status, status.isEmpty())
                & required(when, when.isEmpty() || when.isInvalid()) & required(channel, channel.isEmpty())
                & required(policyVersion, policyVersion.getValue().isBlank());
        if (!valid) {
            return;
        }
        Giver by = giver.getValue();
        boolean done = UserActions.attempt(() -> ledger.record(new ConsentChoice(person, purpose.getValue(), status.getValue(),
                when.getValue(), channel.getValue(), null, policyVersion.getValue(), evidence.getValue(),
                by == null ? null : by.guardianId())), null, "consent.record.done");
        if (done) {
            close();
            saved.run();
        }
    }

    private boolean required(com.vaadin.flow.component.HasValidation field, boolean missing) {
        field.setErrorMessage(missing ? getTranslation("consent.record.required") : null);
        field.setInvalid(missing);
        return !missing;
    }
}
