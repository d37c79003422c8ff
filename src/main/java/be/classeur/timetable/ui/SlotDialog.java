package be.classeur.timetable.ui;

import be.classeur.kernel.DateRange;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.timetable.Clash;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.WeeklySlot;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds or changes a weekly slot. Before saving, the clashes its sessions would have are listed and the user
 * confirms; a changed slot moves only the future sessions nobody edited by hand.
 */
class SlotDialog extends Dialog {
    final Select<DayOfWeek> dayOfWeek = new Select<>();
    final TimePicker start = new TimePicker(TimetableViews.t("timetable.field.start"));
    final TimePicker end = new TimePicker(TimetableViews.t("timetable.field.end"));
    final TextField room = new TextField(TimetableViews.t("timetable.field.room"));
    final DatePicker validFrom = Formats.datePicker(TimetableViews.t("timetable.slot.validFrom"));
    final DatePicker validTo = Formats.datePicker(TimetableViews.t("timetable.slot.validTo"));
    final Button save = new Button(TimetableViews.t("ui.action.save"));
    /** The clash confirmation, while it is open. */
    ConfirmDialog clashConfirmation;

    private final transient TimetableService timetable;
    private final WeeklySlot slot;
    private final transient Consumer<WeeklySlot> onSaved;

    SlotDialog(TimetableService timetable, WeeklySlot slot, Consumer<WeeklySlot> onSaved) {
        this.timetable = timetable;
        this.slot = slot;
        this.onSaved = onSaved;
        setHeaderTitle(TimetableViews.t(slot.getId() == null ? "timetable.slot.new" : "timetable.slot.edit"));
        dayOfWeek.setLabel(TimetableViews.t("timetable.slot.dayOfWeek"));
        dayOfWeek.setItems(DayOfWeek.values());
        dayOfWeek.setItemLabelGenerator(d -> d == null ? "" : TimetableViews.weekday(d));
        dayOfWeek.setRequiredIndicatorVisible(true);
        dayOfWeek.setValue(slot.getDayOfWeek());
        start.setStep(Duration.ofMinutes(15));
        start.setRequired(true);
        start.setValue(slot.getStartsAt());
        end.setStep(Duration.ofMinutes(15));
        end.setRequired(true);
        end.setValue(slot.getEndsAt());
        room.setMaxLength(60);
        room.setValue(slot.getRoom() == null ? "" : slot.getRoom());
        validFrom.setRequired(true);
        validFrom.setValue(slot.getValidFrom());
        validTo.setRequired(true);
        validTo.setValue(slot.getValidTo());
        FormLayout form = new FormLayout(dayOfWeek, room, start, end, validFrom, validTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(save, e -> check());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(TimetableViews.t("ui.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Validates, then lists the clashes the slot would have; saving needs a confirmation when there are some. */
    private void check() {
        if (!valid()) {
            return;
        }
        slot.setDayOfWeek(dayOfWeek.getValue());
        slot.setStartsAt(start.getValue());
        slot.setEndsAt(end.getValue());
        slot.setRoom(room.getValue());
        slot.setValidFrom(validFrom.getValue());
        slot.setValidTo(validTo.getValue());
        try {
            List<Clash> clashes = timetable.clashesIfSaved(slot);
            if (clashes.isEmpty()) {
                doSave();
                return;
            }
            Div text = new Div(new Paragraph(TimetableViews.t("timetable.clashes.found", clashes.size())), new ClashList(clashes),
                    new Paragraph(TimetableViews.t("timetable.slot.clashes.question")));
            clashConfirmation = Confirmations.goOnDespite("timetable.slot.clashes.title", text,
                    "timetable.slot.clashes.saveAnyway", this::doSave);
        } catch (BusinessRuleException e) {
            Notifications.rule(e);
        } catch (ConstraintViolationException e) {
            Notifications.error("timetable.slot.invalid");
        }
    }

    private void doSave() {
        UserActions.attempt(() -> {
            WeeklySlot saved = timetable.saveSlot(slot);
            Notifications.success("timetable.slot.saved");
            close();
            onSaved.accept(saved);
        }, null);
    }

    private boolean valid() {
        boolean ok = true;
        boolean noDay = dayOfWeek.isEmpty();
        dayOfWeek.setInvalid(noDay);
        dayOfWeek.setErrorMessage(noDay ? TimetableViews.t("validation.required") : null);
        ok &= !noDay;
        ok &= TimetableViews.present(start);
        ok &= TimetableViews.present(end);
        ok &= TimetableViews.present(validFrom);
        ok &= TimetableViews.present(validTo);
        if (!ok) {
            return false;
        }
        if (!end.getValue().isAfter(start.getValue())) {
            end.setInvalid(true);
            end.setErrorMessage(TimetableViews.t("timetable.validation.endAfterStart"));
            ok = false;
        }
        if (!DateRange.isOrdered(validFrom.getValue(), validTo.getValue())) {
            validTo.setInvalid(true);
            validTo.setErrorMessage(TimetableViews.t("timetable.validation.slotDates"));
            ok = false;
        }
        return ok;
    }
}
