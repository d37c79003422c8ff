package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.CatalogueService;
import be.classeur.people.RectificationService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Creates or edits a trainer: identity and contact, availability, the date the confidentiality agreement was
 * signed, and the subjects they teach. Validated as the user types; the optimistic lock is checked by the service.
 */
class TrainerForm extends Dialog {
    private final transient TrainerService trainers;
    private final transient CatalogueService catalogues;
    private final transient Consumer<Trainer> onSaved;
    private final BeanValidationBinder<Trainer> binder = new BeanValidationBinder<>(Trainer.class);
    private Trainer trainer;
    /** Set in rectification mode: saving rectifies the trainer's fields for this rights request. */
    private transient RectificationService rectifications;
    private Long rectificationRequestId;

    final PersonFields<Trainer> person;
    final TextArea availability = new TextArea();
    final DatePicker agreementSignedOn = Formats.datePicker(null);
    final MultiSelectComboBox<Subject> subjects = new MultiSelectComboBox<>();

    final Button save = new Button();
    final Button cancel = new Button();

    TrainerForm(TrainerService trainers, CatalogueService catalogues, Trainer trainer, Consumer<Trainer> onSaved) {
        this.trainers = trainers;
        this.catalogues = catalogues;
        this.onSaved = onSaved;
        this.trainer = trainer;
        setHeaderTitle(getTranslation(trainer.getId() == null ? "people.trainer.new" : "people.trainer.edit"));
        setWidth("min(60rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("classeur-form-dialog");

        person = new PersonFields<>(binder);
        availability.setLabel(getTranslation("people.trainer.field.availability"));
        availability.setHelperText(getTranslation("people.trainer.field.availability.help"));
        availability.setMaxLength(500);
        binder.forField(availability).bind("availability");
        agreementSignedOn.setLabel(getTranslation("people.trainer.field.agreementSignedOn"));
        agreementSignedOn.setMax(LocalDate.now(VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class)));
        binder.forField(agreementSignedOn).bind("agreementSignedOn");
        subjects.setLabel(getTranslation("people.trainer.field.subjects"));
        subjects.setItemLabelGenerator(Subject::getName);
        binder.forField(subjects).bind("subjects");
        showSubjectsOf(trainer);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.add(person.identity());
        form.add(subjects, agreementSignedOn);
        form.add(availability, 2);
        form.add(person.contact());
        form.add(person.notes, 2);
        add(form);

        save.setText(getTranslation("ui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(save, e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancel.setText(getTranslation("ui.action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);

        binder.readBean(trainer);
        if (trainer.isAnonymised()) {
            AnonymisedNotice.onForm(this, binder, save, trainer);
        }
    }

    /** Switches the form to rectification for a rights request (the privacy officer's path). */
    TrainerForm rectifying(RectificationService service, long requestId) {
        this.rectifications = service;
        this.rectificationRequestId = requestId;
        setHeaderTitle(getTranslation("people.rectification.title", String.valueOf(requestId)));
        return this;
    }

    /** The active subjects, plus any inactive subject the trainer still has, so that editing never drops it silently. */
    private void showSubjectsOf(Trainer shown) {
        Set<Subject> items = new LinkedHashSet<>(catalogues.activeSubjects());
        shown.getSubjects().stream().sorted(Comparator.comparing(Subject::getName)).forEach(items::add);
        subjects.setItems(List.copyOf(items));
    }

    void save() {
        try {
            binder.writeBean(trainer);
        } catch (ValidationException e) {
            Notifications.error("validation.form.invalid");
            return;
        }
        UserActions.attempt(this::store, this::reload);
    }

    private void store() {
        if (rectifications != null) {
            List<String> changed = rectifications.rectify(trainer, rectificationRequestId);
            Notifications.success("people.rectification.saved", String.valueOf(rectificationRequestId), changed.size());
            close();
            onSaved.accept(trainer);
            return;
        }
        Trainer saved = trainers.save(trainer);
        Notifications.success("people.trainer.saved", saved.fullName());
        close();
        onSaved.accept(saved);
    }

    /** Drops this form's changes and shows the record as it is now stored. */
    void reload() {
        trainer = rectifications != null
                ? (Trainer) rectifications.forRectification(DataSubjectRef.trainer(trainer.getId()))
                : trainers.forEdit(trainer.getId());
        showSubjectsOf(trainer);
        binder.readBean(trainer);
    }
}
