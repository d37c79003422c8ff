package be.classeur.timetable.ui;

import be.classeur.timetable.TimetableLocations;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupRow;
import be.classeur.kernel.Roles;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.Closure;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The week calendar: Monday to Sunday across, 08:00 to 21:00 down, one block per session placed on a CSS grid
 * by its times. Built from server-side components only; prints on one A4 landscape page.
 */
@Route(TimetableLocations.WEEK)
@Menu(order = 6, title = "timetable.week.title", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class WeekView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    static final LocalTime FIRST_HOUR = LocalTime.of(8, 0);
    static final LocalTime LAST_HOUR = LocalTime.of(21, 0);
    /** Each grid row is a quarter of an hour. */
    private static final int MINUTES_PER_ROW = 15;
    /** Rows 1 and 2 hold the day headers and the closure banners. */
    private static final int FIRST_TIME_ROW = 3;
    private static final int TIME_ROWS = (int) ChronoUnit.MINUTES.between(FIRST_HOUR, LAST_HOUR) / MINUTES_PER_ROW;

    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final H2 heading = new H2();
    final ComboBox<GroupRow> group;
    final TextField room = new TextField();
    final ComboBox<PersonRow> trainer;
    final ComboBox<PupilRow> pupil;
    final Div calendar = new Div();
    /** The blocks of the displayed week, in date and time order. */
    final List<SessionBlock> blocks = new ArrayList<>();
    /** Monday of the displayed week. */
    LocalDate monday;

    private final transient TimetableService timetable;
    private final transient Clock clock;

    public WeekView(TimetableService timetable, CourseGroupService groups, TrainerService trainers, PupilService pupils, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
        this.monday = mondayOf(LocalDate.now(clock));
        this.group = TimetableFilters.groupBox(groups);
        this.trainer = TimetableFilters.trainerBox(trainers);
        this.pupil = TimetableFilters.pupilBox(pupils);
        setSizeFull();
        addClassName("classeur-week");
        calendar.addClassName("classeur-week-grid");
        heading.addClassName("classeur-week-heading");
        add(navigation(), filters(), heading, calendar);
        setFlexGrow(1, calendar);
    }

    private HorizontalLayout navigation() {
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setText(getTranslation("timetable.week.previous"));
        previous.setTooltipText(getTranslation("timetable.week.previous.shortcut"));
        previous.addClickListener(e -> showWeek(monday.minusWeeks(1)));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        today.setText(getTranslation("timetable.week.today"));
        today.addClickListener(e -> showWeek(LocalDate.now(clock)));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.setText(getTranslation("timetable.week.next"));
        next.setTooltipText(getTranslation("timetable.week.next.shortcut"));
        next.addClickListener(e -> showWeek(monday.plusWeeks(1)));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        Button print = new Button(getTranslation("timetable.week.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        RouterLink dayList = new RouterLink(getTranslation("timetable.day.title"), DayView.class);
        HorizontalLayout bar = new HorizontalLayout(previous, today, next, print, dayList);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("classeur-week-toolbar");
        return bar;
    }

    private HorizontalLayout filters() {
        group.addValueChangeListener(e -> refresh());
        trainer.addValueChangeListener(e -> refresh());
        pupil.addValueChangeListener(e -> refresh());
        room.setLabel(getTranslation("timetable.filter.room"));
        room.setClearButtonVisible(true);
        room.setValueChangeMode(ValueChangeMode.LAZY);
        room.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(group, room, trainer, pupil);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassNames("classeur-toolbar", "classeur-week-filters");
        bar.setWidthFull();
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate shown = LocalDate.now(clock);
        List<String> date = event.getLocation().getQueryParameters().getParameters().get(TimetableLocations.DATE);
        if (date != null && !date.isEmpty()) {
            try {
                shown = LocalDate.parse(date.getFirst());
            } catch (DateTimeParseException ignored) {
                // A hand-typed address with a bad date shows this week.
            }
        }
        monday = mondayOf(shown);
        refresh();
    }

    /** Shows the week containing that day. */
    void showWeek(LocalDate day) {
        monday = mondayOf(day);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, TimetableLocations.week(monday)));
        refresh();
    }

    SessionFilter currentFilter() {
        String roomText = room.getValue() == null || room.getValue().isBlank() ? null : room.getValue().strip();
        return new SessionFilter(group.getValue() == null ? null : group.getValue().id(), roomText,
                trainer.getValue() == null ? null : trainer.getValue().id(),
                pupil.getValue() == null ? null : pupil.getValue().id());
    }

    void refresh() {
        LocalDate sunday = monday.plusDays(6);
        heading.setText(getTranslation("timetable.week.heading", Formats.date(monday), Formats.date(sunday)));
        calendar.removeAll();
        blocks.clear();
        List<Closure> closures = timetable.closures(monday, sunday);
        List<SessionRow> sessions = timetable.sessions(monday, sunday, currentFilter());

        Div corner = new Div();
        corner.addClassName("classeur-week-corner");
        place(corner, 1, 1, 1, 3);
        for (int h = 0; h < TIME_ROWS / 4; h++) {
            Div hour = new Div(new Span(TimetableViews.time(FIRST_HOUR.plusHours(h))));
            hour.addClassName("classeur-week-hour");
            place(hour, 1, 2, FIRST_TIME_ROW + h * 4, FIRST_TIME_ROW + h * 4 + 4);
            Div line = new Div();
            line.addClassName("classeur-week-line");
            line.getElement().setAttribute("aria-hidden", "true");
            place(line, 2, 9, FIRST_TIME_ROW + h * 4, FIRST_TIME_ROW + h * 4 + 4);
        }
        LocalDate todayDate = LocalDate.now(clock);
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            int column = d + 2;
            Div header = new Div(new Span(TimetableViews.dayLabel(day)));
            header.addClassName("classeur-week-day");
            if (day.equals(todayDate)) {
                header.addClassName("classeur-week-today");
            }
            place(header, column, column + 1, 1, 2);
            Div banners = new Div();
            banners.addClassName("classeur-week-banners");
            boolean closed = false;
            var holiday = BelgianPublicHolidays.holidayOn(day);
            if (holiday.isPresent()) {
                banners.add(banner(getTranslation(holiday.get().holiday().labelKey()), "classeur-week-banner-holiday"));
                closed = true;
            }
            for (Closure closure : closures) {
                if (closure.covers(day)) {
                    String text = closure.getLabel() + (closure.isProvisional() ? " (" + getTranslation("timetable.closure.provisional") + ")" : "");
                    Span banner = banner(text, "classeur-week-banner-" + closure.getKind().name().toLowerCase(java.util.Locale.ROOT));
                    banner.setTitle(getTranslation(closure.getKind().labelKey()));
                    banners.add(banner);
                    closed = true;
                }
            }
            place(banners, column, column + 1, 2, 3);
            if (closed) {
                Div shade = new Div();
                shade.addClassName("classeur-week-closed");
                shade.getElement().setAttribute("aria-hidden", "true");
                place(shade, column, column + 1, FIRST_TIME_ROW, FIRST_TIME_ROW + TIME_ROWS);
            }
            placeSessions(sessions.stream().filter(s -> s.day().equals(day)).toList(), column);
        }
        if (sessions.isEmpty()) {
            Div empty = new Div(new Span(getTranslation("timetable.week.empty")));
            empty.addClassName("classeur-week-empty");
            place(empty, 2, 9, FIRST_TIME_ROW, FIRST_TIME_ROW + 4);
        }
    }

    /** Overlapping sessions of a day share its column side by side, each in its own lane. */
    private void placeSessions(List<SessionRow> ofDay, int column) {
        List<SessionRow> sorted = ofDay.stream().sorted(Comparator.comparing(SessionRow::startsAt)).toList();
        List<LocalTime> laneEnds = new ArrayList<>();
        List<Integer> lanes = new ArrayList<>();
        for (SessionRow row : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(row.startsAt())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(row.endsAt());
            } else {
                laneEnds.set(lane, row.endsAt());
            }
            lanes.add(lane);
        }
        for (int i = 0; i < sorted.size(); i++) {
            SessionRow row = sorted.get(i);
            SessionBlock block = new SessionBlock(row);
            block.getStyle().set("--classeur-week-lane", String.valueOf(lanes.get(i)));
            block.getStyle().set("--classeur-week-lanes", String.valueOf(laneEnds.size()));
            place(block, column, column + 1, rowOf(row.startsAt()), Math.max(rowOf(row.endsAt()), rowOf(row.startsAt()) + 1));
            blocks.add(block);
        }
    }

    /** The grid line a time falls on, clamped to the displayed hours. */
    static int rowOf(LocalTime time) {
        long minutes = ChronoUnit.MINUTES.between(FIRST_HOUR, time);
        long row = Math.round(minutes / (double) MINUTES_PER_ROW);
        return FIRST_TIME_ROW + (int) Math.max(0, Math.min(TIME_ROWS, row));
    }

    private void place(com.vaadin.flow.component.Component component, int columnStart, int columnEnd, int rowStart, int rowEnd) {
        component.getElement().getStyle().set("grid-column", columnStart + " / " + columnEnd);
        component.getElement().getStyle().set("grid-row", rowStart + " / " + rowEnd);
        calendar.add(component);
    }

    private static Span banner(String text, String className) {
        Span banner = new Span(text);
        banner.addClassNames("classeur-week-banner", className);
        return banner;
    }

    private void openSession(SessionRow row) {
        new SessionDialog(timetable, row, this::refresh).open();
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.week.title");
    }

    /** One session in the grid: a real button, so that it is reachable and opened with the keyboard. */
    final class SessionBlock extends NativeButton {
        final SessionRow row;

        SessionBlock(SessionRow row) {
            this.row = row;
            addClassName("classeur-week-session");
            if (row.cancelled()) {
                addClassName("classeur-week-session-cancelled");
            }
            if (row.editedByHand()) {
                addClassName("classeur-week-session-moved");
            }
            Span name = new Span(row.groupName());
            name.addClassName("classeur-week-session-name");
            Span time = new Span(TimetableViews.times(row));
            time.addClassName("classeur-week-session-time");
            add(name, time);
            if (row.room() != null) {
                Span where = new Span(row.room());
                where.addClassName("classeur-week-session-room");
                add(where);
            }
            if (row.cancelled()) {
                Span cancelled = new Span(getTranslation("timetable.session.cancelled"));
                cancelled.addClassName("classeur-week-session-state");
                add(cancelled);
            }
            String state = row.cancelled() ? " · " + getTranslation("timetable.session.cancelled")
                    : row.editedByHand() ? " · " + getTranslation("timetable.session.edited") : "";
            setTitle(row.groupName() + " · " + row.subject() + " · " + TimetableViews.describe(row) + state);
            addClickListener(e -> openSession(row));
        }

        String text() {
            return row.groupName() + " " + TimetableViews.times(row) + (row.room() == null ? "" : " " + row.room());
        }
    }
}
