package be.classeur.timetable.ui;

import be.classeur.courses.GroupPageSection;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.WeeklySlot;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The timetable part of a course group's page: its weekly slots and its sessions of the next four weeks. */
@org.springframework.stereotype.Component
class GroupTimetableSection implements GroupPageSection {
    static final int UPCOMING_WEEKS = 4;

    private final TimetableService timetable;
    private final Clock clock;

    GroupTimetableSection(TimetableService timetable, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public Optional<Component> sectionFor(long groupId) {
        if (!TimetableViews.canRead()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(timetable, groupId, LocalDate.now(clock)));
    }

    @Override
    public int order() {
        return 10;
    }

    /** What the section shows; built per page, so that it holds no state across users. */
    static final class Panel extends VerticalLayout {
        final Grid<WeeklySlot> slots = new Grid<>(WeeklySlot.class, false);
        final Grid<SessionRow> sessions = new Grid<>(SessionRow.class, false);
        final Button add = new Button();
        private final transient TimetableService timetable;
        private final long groupId;
        private final LocalDate today;
        private final boolean write = TimetableViews.canWrite();

        Panel(TimetableService timetable, long groupId, LocalDate today) {
            this.timetable = timetable;
            this.groupId = groupId;
            this.today = today;
            setPadding(false);
            addClassName("classeur-section");
            add.setText(TimetableViews.t("timetable.slot.new"));
            add.setIcon(VaadinIcon.PLUS.create());
            add.addClickListener(e -> openSlot(timetable.newSlot(groupId)));
            add.setVisible(write);
            HorizontalLayout header = new HorizontalLayout(new H3(TimetableViews.t("timetable.group.title")), add);
            header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            configureSlots();
            configureSessions();
            add(header, slots, new H4(TimetableViews.t("timetable.group.upcoming", UPCOMING_WEEKS)), sessions);
            refresh();
        }

        private void configureSlots() {
            slots.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            slots.setAllRowsVisible(true);
            slots.addColumn(s -> TimetableViews.weekday(s.getDayOfWeek())).setHeader(TimetableViews.t("timetable.slot.dayOfWeek")).setAutoWidth(true);
            slots.addColumn(s -> TimetableViews.time(s.getStartsAt()) + "–" + TimetableViews.time(s.getEndsAt()))
                    .setHeader(TimetableViews.t("timetable.field.time")).setAutoWidth(true);
            slots.addColumn(WeeklySlot::getRoom).setHeader(TimetableViews.t("timetable.field.room")).setAutoWidth(true);
            slots.addColumn(s -> Formats.date(s.getValidFrom()) + " – " + Formats.date(s.getValidTo()))
                    .setHeader(TimetableViews.t("timetable.slot.validity")).setAutoWidth(true);
            if (write) {
                slots.addColumn(new ComponentRenderer<>(this::slotActions)).setHeader(TimetableViews.t("timetable.field.actions")).setAutoWidth(true);
            }
            slots.setEmptyStateText(TimetableViews.t("timetable.group.noSlots"));
        }

        /** Opens the slot form; closing it reloads the lists, so that an abandoned change is not left on screen. */
        private void openSlot(WeeklySlot slot) {
            SlotDialog dialog = new SlotDialog(timetable, slot, saved -> { });
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refresh();
                }
            });
            dialog.open();
        }

        private HorizontalLayout slotActions(WeeklySlot slot) {
            String what = TimetableViews.weekday(slot.getDayOfWeek()) + " " + TimetableViews.time(slot.getStartsAt());
            Button edit = new Button(TimetableViews.t("ui.action.edit"), VaadinIcon.EDIT.create(),
                    e -> openSlot(slot));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(TimetableViews.t("timetable.slot.edit.aria", what));
            Button delete = new Button(TimetableViews.t("timetable.slot.delete"), VaadinIcon.TRASH.create(),
                    e -> Confirmations.confirm("timetable.slot.delete.confirm.title", "timetable.slot.delete.confirm.text",
                            "timetable.slot.delete", () -> delete(slot), what));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(TimetableViews.t("timetable.slot.delete.aria", what));
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            actions.setSpacing(false);
            return actions;
        }

        private void delete(WeeklySlot slot) {
            UserActions.attempt(() -> timetable.deleteSlot(slot.getId()), null, "timetable.slot.deleted");
            refresh();
        }

        private void configureSessions() {
            sessions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            sessions.setAllRowsVisible(true);
            sessions.addColumn(s -> TimetableViews.dayLabel(s.day())).setHeader(TimetableViews.t("timetable.session.field.day")).setAutoWidth(true);
            sessions.addColumn(TimetableViews::times).setHeader(TimetableViews.t("timetable.field.time")).setAutoWidth(true);
            sessions.addColumn(SessionRow::room).setHeader(TimetableViews.t("timetable.field.room")).setAutoWidth(true);
            sessions.addColumn(new ComponentRenderer<>(s -> {
                Span state = new Span(s.cancelled() ? TimetableViews.t("timetable.session.cancelled")
                        : s.editedByHand() ? TimetableViews.t("timetable.session.edited") : "");
                if (s.cancelled() || s.editedByHand()) {
                    state.getElement().getThemeList().add(s.cancelled() ? "badge error" : "badge contrast");
                }
                return state;
            })).setHeader(TimetableViews.t("timetable.field.state")).setAutoWidth(true);
            if (write) {
                sessions.addColumn(new ComponentRenderer<>(s -> {
                    Button manage = new Button(TimetableViews.t("timetable.session.manage"), VaadinIcon.CALENDAR_CLOCK.create(),
                            e -> new SessionDialog(timetable, s, this::refresh).open());
                    manage.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    manage.setAriaLabel(TimetableViews.t("timetable.session.manage.aria", Formats.date(s.day()), TimetableViews.times(s)));
                    return manage;
                })).setHeader(TimetableViews.t("timetable.field.actions")).setAutoWidth(true);
            }
            sessions.setEmptyStateText(TimetableViews.t("timetable.group.noSessions"));
        }

        void refresh() {
            slots.setItems(timetable.slotsOf(groupId));
            sessions.setItems(timetable.sessions(today, today.plusWeeks(UPCOMING_WEEKS),
                    new SessionFilter(groupId, null, null, null)));
        }
    }
}
