package be.classeur.courses.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.DateRange;
import be.classeur.courses.ClashWarnings;
import be.classeur.courses.EnrolmentService;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.DialogButtons;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * Enrols a pupil in a group. A full group needs the "go over capacity" box ticked; clashes with the pupil's other
 * groups are listed and the enrolment is saved only after the administrator confirms.
 */
class EnrolDialog extends Dialog {
    private final transient EnrolmentService enrolments;
    private final transient ClashWarnings clashes;
    private final transient Runnable onSaved;
    private final long groupId;
    /** The school years the group is for; none means any. */
    private final List<SchoolYear> levels;

    final ComboBox<PupilRow> pupil = new ComboBox<>();
    final DatePicker start = Formats.datePicker(null);
    final DatePicker end = Formats.datePicker(null);
    final Span fullWarning = new Span();
    final Checkbox overCapacity = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();

    EnrolDialog(EnrolmentService enrolments, PupilService pupils, ClashWarnings clashes, long groupId,
                List<SchoolYear> levels, Runnable onSaved) {
        this.levels = List.copyOf(levels);
        this.enrolments = enrolments;
        this.clashes = clashes;
        this.groupId = groupId;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("courses.enrolment.new"));
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("classeur-form-dialog");

        pupil.setLabel(getTranslation("courses.enrolment.field.pupil"));
        pupil.setItems(query -> pupils.search(new PupilFilter(query.getFilter().orElse(null), null, null, ArchiveFilter.ACTIVE),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        pupil.setItemLabelGenerator(p -> p.lastName() + ", " + p.firstName()
                + (p.schoolYear() == null ? "" : " · " + Labels.schoolYear(p.schoolYear())));
        pupil.setRequiredIndicatorVisible(true);
        pupil.addValueChangeListener(e -> pupil.setInvalid(false));
        start.setLabel(getTranslation("courses.enrolment.field.from"));
        start.setRequiredIndicatorVisible(true);
        // Dialogs are not Spring beans: today from the application's clock, as LettersSection.of does.
        start.setValue(LocalDate.now(VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class)));
        start.addValueChangeListener(e -> {
            end.setMin(e.getValue());
            updateCapacity();
        });
        end.setLabel(getTranslation("courses.enrolment.field.toOptional"));
        end.setMin(start.getValue());

        fullWarning.addClassName("classeur-error-text");
        fullWarning.getElement().setAttribute("role", "alert");
        overCapacity.setLabel(getTranslation("courses.enrolment.overCapacity.confirm"));
        overCapacity.addValueChangeListener(e -> overCapacity.setInvalid(false));

        FormLayout form = new FormLayout(pupil, start, end);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(pupil, 2);
        VerticalLayout content = new VerticalLayout(form, fullWarning, overCapacity);
        content.setPadding(false);
        add(content);

        DialogButtons.saveAndCancel(this, save, "courses.enrolment.save", cancel, this::save);
        updateCapacity();
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                pupil.focus();
            }
        });
    }

    /** Shows the over-capacity choice only when the group is full on the start day. */
    private boolean updateCapacity() {
        boolean full = start.getValue() != null && enrolments.isFullOn(groupId, start.getValue());
        fullWarning.setText(full ? getTranslation("courses.enrolment.fullWarning") : "");
        fullWarning.setVisible(full);
        overCapacity.setVisible(full);
        if (!full) {
            overCapacity.setValue(false);
        }
        return full;
    }

    void save() {
        boolean valid = true;
        if (pupil.getValue() == null) {
            pupil.setInvalid(true);
            pupil.setErrorMessage(getTranslation("validation.required.field"));
            valid = false;
        }
        if (start.getValue() == null) {
            start.setInvalid(true);
            start.setErrorMessage(getTranslation("validation.required.field"));
            valid = false;
        }
        if (!DateRange.isOrdered(start.getValue(), end.getValue())) {
            end.setInvalid(true);
            end.setErrorMessage(getTranslation("courses.enrolment.error.endBeforeStart"));
            valid = false;
        }
        if (!valid) {
            Notifications.error("validation.form.invalid");
            return;
        }
        boolean full = updateCapacity();
        if (full && !overCapacity.getValue()) {
            overCapacity.setInvalid(true);
            Notifications.error("courses.enrolment.error.full.confirm");
            return;
        }
        PupilRow who = pupil.getValue();
        if (outsideLevels(who)) {
            confirmLevel(who, () -> checkClashes(full));
        } else {
            checkClashes(full);
        }
    }

    /** Whether the pupil's school year is known and not one the group is for (a group without levels takes anyone). */
    boolean outsideLevels(PupilRow who) {
        return who.schoolYear() != null && !levels.isEmpty() && !levels.contains(who.schoolYear());
    }

    /** A warning, not a refusal: a pupil may join an older or younger group; the administrator decides. */
    ConfirmDialog confirmLevel(PupilRow who, Runnable goOn) {
        return Confirmations.confirm("courses.enrolment.level.title", "courses.enrolment.level.text",
                "courses.enrolment.level.confirm", goOn,
                who.firstName() + " " + who.lastName(), Labels.schoolYear(who.schoolYear()), Labels.schoolYears(levels));
    }

    private void checkClashes(boolean full) {
        List<String> warnings = clashes.ifPupilJoins(groupId, pupil.getValue().id(), start.getValue(), end.getValue())
                .stream().map(w -> w.render(getLocale())).toList();
        if (warnings.isEmpty()) {
            store(full);
        } else {
            confirmClashes(warnings, full);
        }
    }

    /** Lists the clashes; the pupil is enrolled only if the administrator confirms. */
    ConfirmDialog confirmClashes(List<String> warnings, boolean full) {
        return Confirmations.goOnDespite("courses.enrolment.clash.title", "courses.enrolment.clash.text", warnings,
                "courses.enrolment.clash.confirm", () -> store(full));
    }

    private void store(boolean full) {
        PupilRow who = pupil.getValue();
        try {
            // The override is passed only when the group is full and the administrator ticked the box.
            enrolments.enrol(groupId, who.id(), start.getValue(), end.getValue(), full && overCapacity.getValue());
            Notifications.success("courses.enrolment.saved", who.firstName() + " " + who.lastName());
            close();
            onSaved.run();
        } catch (BusinessRuleException e) {
            if ("courses.enrolment.error.full".equals(e.messageKey())) {
                updateCapacity(); // someone filled the group meanwhile: show the choice
            }
            Notifications.rule(e);
        }
    }
}
