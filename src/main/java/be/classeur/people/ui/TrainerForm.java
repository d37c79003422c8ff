package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.CatalogueService;
import be.classeur.people.RectificationService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
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
class TrainerForm extends PersonForm<Trainer> {
    private final transient TrainerService trainers;
    private final transient CatalogueService catalogues;

    final TextArea availability = new TextArea();
    final DatePicker agreementSignedOn = Formats.datePicker(null);
    final MultiSelectComboBox<Subject> subjects = new MultiSelectComboBox<>();

    TrainerForm(TrainerService trainers, CatalogueService catalogues, Trainer trainer, Consumer<Trainer> onSaved) {
        super(Trainer.class, trainer, onSaved, "people.trainer.new", "people.trainer.edit", "people.trainer.saved",
                DataSubjectRef::trainer, trainers::forEdit);
        this.trainers = trainers;
        this.catalogues = catalogues;

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

        layOut(form -> {
            form.add(subjects, agreementSignedOn);
            form.add(availability, 2);
        }, null);
    }

    /** Switches the form to rectification for a rights request (the privacy officer's path). */
    TrainerForm rectifying(RectificationService service, long requestId) {
        startRectifying(service, requestId);
        return this;
    }

    /** The active subjects, plus any inactive subject the trainer still has, so that editing never drops it silently. */
    private void showSubjectsOf(Trainer shown) {
        Set<Subject> items = new LinkedHashSet<>(catalogues.activeSubjects());
        shown.getSubjects().stream().sorted(Comparator.comparing(Subject::getName)).forEach(items::add);
        subjects.setItems(List.copyOf(items));
    }

    @Override
    Trainer saveOwn(Trainer edited) {
        return trainers.save(edited);
    }

    @Override
    void reloaded(Trainer stored, boolean rectifying) {
        showSubjectsOf(stored);
    }
}
