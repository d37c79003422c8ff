package be.classeur.courses.ui;

import be.classeur.ui.components.Labels;
import be.classeur.courses.ClashWarnings;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupChoices;
import be.classeur.courses.GroupChoices.Choice;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.kernel.SchoolYear;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.DialogButtons;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates or edits a course group. Fields are validated as the user types (Bean Validation on the entity, through
 * the binder); when the trainers of an existing group change, clashes with their other groups are shown first and
 * the group is saved only after the administrator confirms.
 */
class GroupForm extends Dialog {
    private final transient CourseGroupService groups;
    private final transient ClashWarnings clashes;
    private final transient Consumer<CourseGroup> onSaved;
    private final BeanValidationBinder<CourseGroup> binder = new BeanValidationBinder<>(CourseGroup.class);
    private final Map<Long, Choice> subjectChoices = new LinkedHashMap<>();
    private final Map<Long, Choice> trainerChoices = new LinkedHashMap<>();
    private CourseGroup group;
    private Set<Long> trainersBefore;

    final TextField name = new TextField();
    final ComboBox<Choice> subject = new ComboBox<>();
    final ComboBox<Period> period = new ComboBox<>();
    final MultiSelectComboBox<SchoolYear> levels = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Choice> trainers = new MultiSelectComboBox<>();
    final TextField location = new TextField();
    final TextField room = new TextField();
    final IntegerField capacity = new IntegerField();
    final Select<GroupStatus> status = new Select<>();

    final Button save = new Button();
    final Button cancel = new Button();

    GroupForm(CourseGroupService groups, ClashWarnings clashes, GroupChoices choices, List<Period> periods,
              CourseGroup group, Consumer<CourseGroup> onSaved) {
        this.groups = groups;
        this.clashes = clashes;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(group.getId() == null ? "courses.group.new" : "courses.group.edit"));
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("classeur-form-dialog");

        name.setLabel(getTranslation("courses.group.field.name"));
        name.setMaxLength(120);
        binder.forField(name).asRequired(getTranslation("validation.required.field")).bind("name");

        // The choices include the group's own subject and trainers, even deactivated or archived ones.
        choices.subjects().forEach(c -> subjectChoices.put(c.id(), c));
        subject.setLabel(getTranslation("courses.group.field.subject"));
        subject.setItems(new ArrayList<>(subjectChoices.values()));
        subject.setItemLabelGenerator(Choice::label);
        // Picked by id: the service sets the subject and trainers when it saves (see store()).
        binder.forField(subject).asRequired(getTranslation("validation.required.field")).bind(
                g -> g.getSubjectId() == null ? null : subjectChoices.get(g.getSubjectId()), (g, value) -> { });

        period.setLabel(getTranslation("courses.group.field.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(Period::getName);
        binder.forField(period).asRequired(getTranslation("validation.required.field")).bind("period");

        levels.setLabel(getTranslation("courses.group.field.levels"));
        levels.setItems(SchoolYear.values());
        levels.setItemLabelGenerator(y -> Labels.of(y));
        binder.forField(levels).bind("levels");

        choices.trainers().forEach(c -> trainerChoices.put(c.id(), c));
        trainers.setLabel(getTranslation("courses.group.field.trainers"));
        trainers.setItems(new ArrayList<>(trainerChoices.values()));
        trainers.setItemLabelGenerator(Choice::label);
        binder.forField(trainers).bind(
                g -> g.getTrainerIds().stream().map(trainerChoices::get).filter(Objects::nonNull).collect(Collectors.toSet()),
                (g, value) -> { });

        location.setLabel(getTranslation("courses.group.field.location"));
        location.setMaxLength(120);
        binder.forField(location).bind("location");
        room.setLabel(getTranslation("courses.group.field.room"));
        room.setMaxLength(60);
        binder.forField(room).bind("room");
        capacity.setLabel(getTranslation("courses.group.field.capacity"));
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        capacity.setMax(200);
        binder.forField(capacity).asRequired(getTranslation("validation.required.field")).bind("capacity");
        status.setLabel(getTranslation("courses.group.field.status"));
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : Labels.of(s));
        binder.forField(status).asRequired(getTranslation("validation.required.field")).bind("status");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.add(name, 2);
        form.add(subject, period, levels, trainers, location, room, capacity, status);
        add(form);

        DialogButtons.saveAndCancel(this, save, "ui.action.save", cancel, this::save);

        read(group);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                name.focus();
            }
        });
    }

    private void read(CourseGroup loaded) {
        group = loaded;
        trainersBefore = trainerIds(loaded);
        binder.readBean(loaded);
    }

    private static Set<Long> trainerIds(CourseGroup g) {
        return g.getTrainerIds();
    }

    private Set<Long> pickedTrainerIds() {
        return trainers.getValue().stream().map(Choice::id).collect(Collectors.toSet());
    }

    void save() {
        try {
            binder.writeBean(group);
        } catch (ValidationException e) {
            Notifications.error("validation.form.invalid");
            return;
        }
        Set<Long> trainersNow = pickedTrainerIds();
        List<String> warnings = group.getId() != null && !trainersNow.equals(trainersBefore) && !trainersNow.isEmpty()
                ? clashes.ifTrainersTeach(group.getId(), trainersNow).stream().map(w -> w.render(getLocale())).toList()
                : List.<String>of();
        if (warnings.isEmpty()) {
            store();
        } else {
            confirmClashes(warnings);
        }
    }

    /** Lists the clashes; the group is saved only if the administrator confirms. */
    ConfirmDialog confirmClashes(List<String> warnings) {
        return Confirmations.goOnDespite("courses.group.clash.title", "courses.group.clash.text", warnings,
                "courses.group.clash.confirm", this::store);
    }

    private void store() {
        UserActions.attempt(() -> {
            CourseGroup saved = groups.save(group, subject.getValue().id(), pickedTrainerIds());
            Notifications.success("courses.group.saved", saved.getName());
            close();
            onSaved.accept(saved);
        }, this::reload);
    }

    /** Drops this form's changes and shows the group as it is now stored. */
    void reload() {
        CourseGroup fresh = groups.forEdit(group.getId());
        GroupChoices choices = groups.choices(group.getId());
        choices.subjects().forEach(c -> subjectChoices.putIfAbsent(c.id(), c));
        choices.trainers().forEach(c -> trainerChoices.putIfAbsent(c.id(), c));
        subject.setItems(new ArrayList<>(subjectChoices.values()));
        trainers.setItems(new ArrayList<>(trainerChoices.values()));
        read(fresh);
    }
}
