package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.PersonKind;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Records a rights request as received: the rights invoked, who asked (found in the records, or as written), the
 * channel, the day it arrived (today unless said otherwise) and what was asked.
 */
class RecordRequestDialog extends Dialog {
    final CheckboxGroup<Right> rights = new CheckboxGroup<>();
    final ComboBox<PersonSuggestion> person = new ComboBox<>();
    final TextField requesterName = new TextField();
    final EmailField requesterEmail = new EmailField();
    /** The children of a guardian requester that the request is also for (several allowed). */
    final CheckboxGroup<PersonSuggestion> represented = new CheckboxGroup<>();
    /** For each chosen child without a recorded birth date: the officer's confirmation that they checked the age. */
    final CheckboxGroup<PersonSuggestion> minorChecked = new CheckboxGroup<>();
    final Select<RequestChannel> channel = new Select<>();
    final DatePicker receivedOn = Formats.datePicker(null);
    final TextArea description = new TextArea();
    final Button save = new Button();

    private final transient RequestIntakeService intake;
    private final transient Clock clock;

    RecordRequestDialog(RequestIntakeService intake, Clock clock, LongConsumer onRecorded) {
        this.intake = intake;
        this.clock = clock;
        setHeaderTitle(getTranslation("privacy.request.record"));
        setWidth("min(48rem, 95vw)");

        rights.setLabel(getTranslation("privacy.request.field.rights"));
        rights.setItems(Right.values());
        rights.setItemLabelGenerator(r -> getTranslation("privacy.right.withArticle", Labels.of(r), r.article()));
        rights.setRequiredIndicatorVisible(true);

        person.setLabel(getTranslation("privacy.request.field.person"));
        person.setHelperText(getTranslation("privacy.request.field.person.help"));
        person.setItems(query -> intake.suggestPeople(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        person.setItemLabelGenerator(PrivacyTexts::suggestion);
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> personChosen(e.getValue()));

        requesterName.setLabel(getTranslation("privacy.request.field.requesterName"));
        requesterName.setMaxLength(160);
        requesterName.setRequiredIndicatorVisible(true);
        requesterEmail.setLabel(getTranslation("privacy.request.field.requesterEmail"));
        requesterEmail.setMaxLength(160);

        represented.setLabel(getTranslation("privacy.request.field.represented"));
        represented.setHelperText(getTranslation("privacy.request.field.represented.help"));
        // An adult pupil exercises their own rights: shown, but not selectable for the guardian.
        represented.setItemLabelGenerator(c -> adultOnReceipt(c)
                ? getTranslation("privacy.request.represented.adult", c.name())
                : c.ageUnknown() ? getTranslation("privacy.request.represented.ageUnknown", c.name()) : c.name());
        represented.setItemEnabledProvider(c -> !adultOnReceipt(c));
        represented.setVisible(false);
        represented.addValueChangeListener(e -> refreshMinorChecks());

        // A child of unknown age is not presumed a minor: the officer checks the age and says so, per child.
        minorChecked.setLabel(getTranslation("privacy.request.field.minorChecked"));
        minorChecked.setHelperText(getTranslation("privacy.request.field.minorChecked.help"));
        minorChecked.setItemLabelGenerator(c -> getTranslation("privacy.request.minorChecked.item", c.name()));
        minorChecked.setRequiredIndicatorVisible(true);
        minorChecked.setVisible(false);

        channel.setLabel(getTranslation("privacy.request.field.channel"));
        channel.setItems(RequestChannel.values());
        channel.setItemLabelGenerator(c -> Labels.of(c));
        channel.setValue(RequestChannel.EMAIL);
        channel.setRequiredIndicatorVisible(true);

        LocalDate today = LocalDate.now(clock);
        receivedOn.setLabel(getTranslation("privacy.request.field.receivedOn"));
        // No default: the day the request arrived starts the legal clock; "today" would record a false one unseen.
        receivedOn.setMax(today);
        receivedOn.setRequired(true);
        receivedOn.addValueChangeListener(e -> {
            represented.deselect(represented.getValue().stream().filter(this::adultOnReceipt).toList());
            represented.getDataProvider().refreshAll();
        });

        description.setLabel(getTranslation("privacy.request.field.description"));
        description.setMaxLength(4000);

        FormLayout form = new FormLayout(rights, person, requesterName, requesterEmail, represented, minorChecked, channel,
                receivedOn, description);
        form.setColspan(rights, 2);
        form.setColspan(person, 2);
        form.setColspan(represented, 2);
        form.setColspan(minorChecked, 2);
        form.setColspan(description, 2);
        add(form);

        save.setText(getTranslation("privacy.request.record"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(save, e -> save(onRecorded));
        getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), save);
    }

    /** Whether the child was of age on the day received, by the same rule as the service's check (a known age only). */
    private boolean adultOnReceipt(PersonSuggestion child) {
        LocalDate day = receivedOn.getValue() == null ? LocalDate.now(clock) : receivedOn.getValue();
        return !child.ageUnknown() && !child.minorOn(day);
    }

    /** Offers the age confirmation for each chosen child whose age is not recorded, keeping what was ticked. */
    private void refreshMinorChecks() {
        List<PersonSuggestion> unknown = represented.isVisible()
                ? represented.getValue().stream().filter(PersonSuggestion::ageUnknown).toList() : List.of();
        java.util.Set<PersonSuggestion> kept = new java.util.HashSet<>(minorChecked.getValue());
        kept.retainAll(unknown);
        minorChecked.setItems(unknown);
        minorChecked.setValue(kept);
        minorChecked.setInvalid(false);
        minorChecked.setVisible(!unknown.isEmpty());
    }

    private void personChosen(PersonSuggestion chosen) {
        if (chosen == null) {
            represented.clear();
            represented.setVisible(false);
            refreshMinorChecks();
            return;
        }
        requesterName.setValue(chosen.name());
        requesterEmail.setValue(chosen.email() == null ? "" : chosen.email());
        if (chosen.ref().kind() == PersonKind.GUARDIAN) {
            List<PersonSuggestion> children = intake.childrenOf(chosen.ref().id());
            represented.setItems(children);
            represented.setVisible(!children.isEmpty());
        } else {
            represented.clear();
            represented.setVisible(false);
        }
        refreshMinorChecks();
    }

    private boolean check() {
        boolean ok = true;
        rights.setInvalid(rights.getValue().isEmpty());
        rights.setErrorMessage(getTranslation("privacy.error.noRight"));
        ok &= !rights.isInvalid();
        requesterName.setInvalid(requesterName.getValue().isBlank());
        requesterName.setErrorMessage(getTranslation("privacy.error.requesterMissing"));
        ok &= !requesterName.isInvalid();
        if (requesterEmail.isInvalid()) {
            requesterEmail.setErrorMessage(getTranslation("privacy.error.emailInvalid"));
            ok = false;
        }
        LocalDate day = receivedOn.getValue();
        if (day == null || day.isAfter(LocalDate.now(clock))) {
            receivedOn.setInvalid(true);
            receivedOn.setErrorMessage(getTranslation(day == null ? "privacy.error.receivedMissing" : "privacy.error.receivedInFuture"));
            ok = false;
        } else {
            receivedOn.setInvalid(false);
        }
        if (minorChecked.isVisible() && !minorChecked.getValue().containsAll(minorCheckedItems())) {
            minorChecked.setInvalid(true);
            minorChecked.setErrorMessage(getTranslation("privacy.request.minorChecked.required"));
            ok = false;
        } else {
            minorChecked.setInvalid(false);
        }
        return ok;
    }

    private List<PersonSuggestion> minorCheckedItems() {
        return represented.getValue().stream().filter(PersonSuggestion::ageUnknown).toList();
    }

    private void save(LongConsumer onRecorded) {
        if (!check()) {
            return;
        }
        PersonSuggestion chosen = person.getValue();
        List<Long> children = !represented.isVisible() ? List.of()
                : represented.getValue().stream().map(c -> c.ref().id()).sorted().toList();
        try {
            long id = intake.record(new RequestIntake(rights.getValue(), chosen == null ? null : chosen.ref(),
                    requesterName.getValue(), requesterEmail.getValue(), children,
                    channel.getValue(), receivedOn.getValue(), description.getValue(),
                    !minorChecked.isVisible() ? List.of()
                            : minorChecked.getValue().stream().map(c -> c.ref().id()).sorted().toList()));
            Notifications.success("privacy.request.recorded");
            close();
            onRecorded.accept(id);
        } catch (BusinessRuleException rule) {
            Notifications.rule(rule);
        }
    }
}
