package be.classeur.timetable.ui;

import be.classeur.courses.GroupLocations;
import be.classeur.timetable.Clash;
import be.classeur.timetable.SessionDetail;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One session: move it (date, time, room), cancel or reinstate it. The slot and the other sessions stay as they are. */
class SessionDialog extends Dialog {
    final DatePicker day = Formats.datePicker(TimetableViews.t("timetable.session.field.day"));
    final TimePicker start = new TimePicker(TimetableViews.t("timetable.field.start"));
    final TimePicker end = new TimePicker(TimetableViews.t("timetable.field.end"));
    final TextField room = new TextField(TimetableViews.t("timetable.field.room"));
    final Button move = new Button(TimetableViews.t("timetable.session.move"));
    final Button cancelSession = new Button(TimetableViews.t("timetable.session.cancel"));
    final Button reinstate = new Button(TimetableViews.t("timetable.session.reinstate"));
    final Button close = new Button(TimetableViews.t("timetable.action.close"));

    private final transient TimetableService timetable;
    private final SessionRow session;
    private final transient Runnable onChange;

    SessionDialog(TimetableService timetable, SessionRow session, Runnable onChange) {
        this(timetable, session, null, onChange);
    }

    /** With the session's trainers: the details a calendar block's tooltip used to give, and a link to the group. */
    SessionDialog(TimetableService timetable, SessionDetail detail, Runnable onChange) {
        this(timetable, detail.session(), detail.trainers(), onChange);
    }

    private SessionDialog(TimetableService timetable, SessionRow session, @Nullable List<String> trainers, Runnable onChange) {
        this.timetable = timetable;
        this.session = session;
        this.onChange = onChange;
        setHeaderTitle(session.groupName() + " · " + TimetableViews.dayLabel(session.day()));
        addClassName("classeur-week-session-dialog");

        day.setValue(session.day());
        day.setRequired(true);
        start.setStep(Duration.ofMinutes(15));
        start.setValue(session.startsAt());
        start.setRequired(true);
        end.setStep(Duration.ofMinutes(15));
        end.setValue(session.endsAt());
        end.setRequired(true);
        room.setValue(session.room() == null ? "" : session.room());
        room.setMaxLength(60);

        FormLayout form = new FormLayout(day, start, end, room);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        Span subject = new Span(session.subject());
        if (session.cancelled()) {
            Span badge = new Span(TimetableViews.t("timetable.session.cancelled"));
            badge.getElement().getThemeList().add("badge error");
            add(new Paragraph(subject, new Span(" "), badge));
        } else {
            add(new Paragraph(subject));
        }
        if (trainers != null) {
            add(details(session, trainers));
        }
        add(form);

        boolean write = TimetableViews.canWrite();
        day.setReadOnly(!write);
        start.setReadOnly(!write);
        end.setReadOnly(!write);
        room.setReadOnly(!write);

        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(move, e -> save());
        move.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancelSession.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelSession.addClickListener(e -> Confirmations.confirm("timetable.session.cancel.confirm.title",
                "timetable.session.cancel.confirm.text", "timetable.session.cancel", this::doCancel,
                session.groupName(), Formats.date(session.day())));
        reinstate.addClickListener(e -> Confirmations.confirm("timetable.session.reinstate.confirm.title",
                "timetable.session.reinstate.confirm.text", "timetable.session.reinstate", this::doReinstate,
                session.groupName(), Formats.date(session.day())));
        close.addClickListener(e -> close());
        move.setVisible(write);
        cancelSession.setVisible(write && !session.cancelled());
        reinstate.setVisible(write && session.cancelled());
        getFooter().add(cancelSession, reinstate, close, move);
    }

    /** When, where, who teaches, and the group's page. */
    private static Div details(SessionRow session, List<String> trainers) {
        Div details = new Div();
        details.addClassName("classeur-session-details");
        String none = TimetableViews.t("timetable.block.none");
        details.add(detail("timetable.session.when", TimetableViews.dayLabel(session.day()) + " " + TimetableViews.times(session)),
                detail("timetable.field.room", session.room() == null ? none : session.room()),
                detail("timetable.session.trainers", trainers.isEmpty() ? none : String.join(", ", trainers)));
        Anchor group = new Anchor(GroupLocations.group(session.groupId()), TimetableViews.t("timetable.session.openGroup", session.groupName()));
        group.addClassName("classeur-session-group");
        details.add(group);
        return details;
    }

    private static Div detail(String labelKey, String value) {
        Span label = new Span(TimetableViews.t(labelKey));
        label.addClassName("classeur-session-detail-label");
        Div line = new Div(label, new Span(value));
        line.addClassName("classeur-session-detail");
        return line;
    }

    private void save() {
        boolean ok = TimetableViews.present(day);
        ok &= TimetableViews.present(start);
        ok &= TimetableViews.present(end);
        if (!ok) {
            return;
        }
        if (!end.getValue().isAfter(start.getValue())) {
            end.setInvalid(true);
            end.setErrorMessage(TimetableViews.t("timetable.validation.endAfterStart"));
            return;
        }
        UserActions.attempt(() -> {
            List<Clash> clashes = timetable.moveSession(session.id(), day.getValue(), start.getValue(), end.getValue(), room.getValue());
            close();
            onChange.run();
            if (clashes.isEmpty()) {
                Notifications.success("timetable.session.moved");
            } else {
                showClashes(clashes);
            }
        }, null);
    }

    /** The session is saved; the clashes at its new time are listed so that someone can act on them. */
    static Dialog showClashes(List<Clash> clashes) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(TimetableViews.t("timetable.session.movedWithClashes"));
        dialog.add(new Paragraph(TimetableViews.t("timetable.clashes.found", clashes.size())), new ClashList(clashes));
        Button ok = new Button(TimetableViews.t("timetable.action.close"), e -> dialog.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.open();
        return dialog;
    }

    private void doCancel() {
        act(() -> timetable.cancelSession(session.id()), "timetable.session.cancelled.done");
    }

    private void doReinstate() {
        act(() -> timetable.reinstateSession(session.id()), "timetable.session.reinstated.done");
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        close();
        onChange.run();
    }
}
