package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.GroupRow;
import be.classeur.kernel.Roles;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.timetable.RoomSessions;
import be.classeur.timetable.SessionDetail;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableLocations;
import be.classeur.timetable.TimetableLocations.Board;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.TrainerSessions;
import be.classeur.timetable.domain.Closure;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The week calendar: Monday to Sunday across, 08:00 to 21:00 down, one block per session placed on a CSS grid
 * by its times; and the same days by room or by trainer ("boards"), one row per room or trainer, so that who teaches
 * where and what is free shows at a glance. Built from server-side components only; prints on one A4 landscape page.
 * The address keeps the board and its span: {@code timetable?date=…&view=rooms|trainers&span=day|week}.
 */
@Route(TimetableLocations.WEEK)
@Menu(order = 6, title = "timetable.week.title", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class WeekView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    static final LocalTime FIRST_HOUR = LocalTime.of(8, 0);
    static final LocalTime LAST_HOUR = LocalTime.of(21, 0);
    /** Each grid row (of the week) or column (of a day's board) is a quarter of an hour. */
    private static final int MINUTES_PER_ROW = 15;
    /** Rows 1 and 2 hold the day headers and the closure banners. */
    private static final int FIRST_TIME_ROW = 3;
    private static final int TIME_ROWS = (int) ChronoUnit.MINUTES.between(FIRST_HOUR, LAST_HOUR) / MINUTES_PER_ROW;

    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final H2 heading = new H2();
    final Tab weekTab = new Tab();
    final Tab roomsTab = new Tab();
    final Tab trainersTab = new Tab();
    final Tabs tabs = new Tabs(weekTab, roomsTab, trainersTab);
    final RadioButtonGroup<TimetableLocations.Span> span = new RadioButtonGroup<>();
    final ComboBox<GroupRow> group;
    final TextField room = new TextField();
    final ComboBox<PersonRow> trainer;
    final ComboBox<PupilRow> pupil;
    final Div calendar = new Div();
    /** The blocks shown, in date and time order (week) or row by row (boards). */
    final List<SessionBlock> blocks = new ArrayList<>();
    /** The "+N autres" buttons of the week's crowded hours. */
    final List<MoreButton> mores = new ArrayList<>();
    /** The rows of the board by room or by trainer, in order. */
    final List<BoardLine> lines = new ArrayList<>();
    /** Monday of the displayed week. */
    LocalDate monday;
    /** The day a one-day board shows (within the displayed week). */
    LocalDate shown;
    Board board = Board.WEEK;

    final HorizontalLayout filters;
    private final transient TimetableService timetable;
    private final transient Clock clock;
    /** Set while the address sets the tabs and the span, so that their listeners do not act on it again. */
    private boolean entering;

    public WeekView(TimetableService timetable, CourseGroupService groups, TrainerService trainers, PupilService pupils, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
        this.shown = LocalDate.now(clock);
        this.monday = mondayOf(shown);
        this.group = TimetableFilters.groupBox(groups);
        this.trainer = TimetableFilters.trainerBox(trainers);
        this.pupil = TimetableFilters.pupilBox(pupils);
        setSizeFull();
        addClassName("classeur-week");
        calendar.addClassName("classeur-week-grid");
        heading.addClassName("classeur-week-heading");
        filters = filters();
        add(navigation(), boards(), filters, heading, calendar);
        setFlexGrow(1, calendar);
    }

    private HorizontalLayout navigation() {
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.addClickListener(e -> step(-1));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        today.setText(getTranslation("timetable.week.today"));
        today.addClickListener(e -> showWeek(LocalDate.now(clock)));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> step(1));
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

    /** The tabs week / by room / by trainer and the day-or-week choice of the boards. */
    private HorizontalLayout boards() {
        weekTab.setLabel(getTranslation("timetable.board.week"));
        roomsTab.setLabel(getTranslation("timetable.board.rooms"));
        trainersTab.setLabel(getTranslation("timetable.board.trainers"));
        tabs.addSelectedChangeListener(e -> {
            if (!entering) {
                showBoard(boardOf(tabs.getSelectedTab()));
            }
        });
        span.setAriaLabel(getTranslation("timetable.board.span"));
        span.setItems(TimetableLocations.Span.DAY, TimetableLocations.Span.WEEK);
        span.setItemLabelGenerator(s -> getTranslation(s == TimetableLocations.Span.DAY
                ? "timetable.board.span.day" : "timetable.board.span.week"));
        span.setValue(TimetableLocations.Span.WEEK);
        span.addValueChangeListener(e -> {
            if (!entering && e.getValue() != null) {
                labelSteps();
                updateAddress();
                refresh();
            }
        });
        span.setVisible(false);
        labelSteps();
        HorizontalLayout bar = new HorizontalLayout(tabs, span);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("classeur-week-boards");
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
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        LocalDate day = LocalDate.now(clock);
        String date = first(parameters, TimetableLocations.DATE);
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException ignored) {
                // A hand-typed address with a bad date shows this week.
            }
        }
        String view = first(parameters, TimetableLocations.VIEW);
        String spanParam = first(parameters, TimetableLocations.SPAN);
        entering = true;
        try {
            board = Arrays.stream(Board.values()).filter(b -> b.param().equals(view)).findFirst().orElse(Board.WEEK);
            span.setValue(Arrays.stream(TimetableLocations.Span.values()).filter(s -> s.param().equals(spanParam))
                    .findFirst().orElse(TimetableLocations.Span.WEEK));
            tabs.setSelectedTab(tabOf(board));
        } finally {
            entering = false;
        }
        shown = day;
        monday = mondayOf(day);
        showControls();
        refresh();
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Shows the week containing that day (and that day on a one-day board). */
    void showWeek(LocalDate day) {
        shown = day;
        monday = mondayOf(day);
        updateAddress();
        refresh();
    }

    /** Shows the week grid or a board, keeping the days shown. */
    void showBoard(Board chosen) {
        board = chosen;
        if (tabs.getSelectedTab() != tabOf(chosen)) {
            entering = true;
            try {
                tabs.setSelectedTab(tabOf(chosen));
            } finally {
                entering = false;
            }
        }
        showControls();
        updateAddress();
        refresh();
    }

    /** Whether a board shows one day only. */
    boolean oneDay() {
        return board != Board.WEEK && span.getValue() == TimetableLocations.Span.DAY;
    }

    /** One day or one week back or forward, as shown. */
    private void step(int direction) {
        showWeek(oneDay() ? shown.plusDays(direction) : shown.plusWeeks(direction));
    }

    private void showControls() {
        filters.setVisible(board == Board.WEEK);
        span.setVisible(board != Board.WEEK);
        labelSteps();
    }

    private void labelSteps() {
        boolean day = oneDay();
        previous.setText(getTranslation(day ? "timetable.board.previousDay" : "timetable.week.previous"));
        next.setText(getTranslation(day ? "timetable.board.nextDay" : "timetable.week.next"));
        previous.setTooltipText(getTranslation("timetable.week.previous.shortcut"));
        next.setTooltipText(getTranslation("timetable.week.next.shortcut"));
    }

    /** The address of what is shown, so that it can be bookmarked, shared and reloaded. */
    String address() {
        return TimetableLocations.board(oneDay() ? shown : monday, board,
                Objects.requireNonNullElse(span.getValue(), TimetableLocations.Span.WEEK));
    }

    private void updateAddress() {
        String location = address();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private Tab tabOf(Board chosen) {
        return switch (chosen) {
            case WEEK -> weekTab;
            case ROOMS -> roomsTab;
            case TRAINERS -> trainersTab;
        };
    }

    private Board boardOf(Tab tab) {
        return tab == roomsTab ? Board.ROOMS : tab == trainersTab ? Board.TRAINERS : Board.WEEK;
    }

    SessionFilter currentFilter() {
        String roomText = room.getValue() == null || room.getValue().isBlank() ? null : room.getValue().strip();
        return new SessionFilter(group.getValue() == null ? null : group.getValue().id(), roomText,
                trainer.getValue() == null ? null : trainer.getValue().id(),
                pupil.getValue() == null ? null : pupil.getValue().id());
    }

    void refresh() {
        calendar.removeAll();
        blocks.clear();
        mores.clear();
        lines.clear();
        if (board == Board.WEEK) {
            calendar.setClassName("classeur-week-grid");
            refreshWeek();
        } else {
            refreshBoard();
        }
    }

    private void refreshWeek() {
        LocalDate sunday = monday.plusDays(6);
        heading.setText(getTranslation("timetable.week.heading", Formats.date(monday), Formats.date(sunday)));
        List<Closure> closures = timetable.closures(monday, sunday);
        List<SessionDetail> sessions = timetable.sessionDetails(monday, sunday, currentFilter());

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
                banners.add(banner(Labels.of(holiday.get().holiday()), "classeur-week-banner-holiday"));
                closed = true;
            }
            for (Closure closure : closures) {
                if (closure.covers(day)) {
                    String text = closure.getLabel() + (closure.isProvisional() ? " (" + getTranslation("timetable.closure.provisional") + ")" : "");
                    Span banner = banner(text, "classeur-week-banner-" + closure.getKind().name().toLowerCase(java.util.Locale.ROOT));
                    banner.setTitle(Labels.of(closure.getKind()));
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
            placeSessions(sessions.stream().filter(s -> s.session().day().equals(day)).toList(), column);
        }
        if (sessions.isEmpty()) {
            Div empty = new Div(new Span(getTranslation("timetable.week.empty")));
            empty.addClassName("classeur-week-empty");
            place(empty, 2, 9, FIRST_TIME_ROW, FIRST_TIME_ROW + 4);
        }
    }

    /**
     * Sessions of a day that overlap form a cluster. A day column is too narrow for two readable blocks side by side,
     * so a cluster keeps one lane of full-width blocks (the earliest sessions that do not overlap each other) and a
     * "+N autres" button at its foot that lists the whole cluster in a dialog; the boards by room and by trainer show
     * every session side by side.
     */
    private void placeSessions(List<SessionDetail> ofDay, int column) {
        List<SessionDetail> sorted = ofDay.stream().sorted(Comparator.comparing((SessionDetail s) -> s.session().startsAt())
                .thenComparing(s -> s.session().endsAt(), Comparator.reverseOrder())).toList();
        List<SessionDetail> cluster = new ArrayList<>();
        LocalTime clusterEnd = null;
        for (SessionDetail detail : sorted) {
            if (clusterEnd != null && !detail.session().startsAt().isBefore(clusterEnd)) {
                placeCluster(cluster, clusterEnd, column);
                cluster = new ArrayList<>();
                clusterEnd = null;
            }
            cluster.add(detail);
            clusterEnd = clusterEnd == null || detail.session().endsAt().isAfter(clusterEnd) ? detail.session().endsAt() : clusterEnd;
        }
        if (!cluster.isEmpty()) {
            placeCluster(cluster, clusterEnd, column);
        }
    }

    private void placeCluster(List<SessionDetail> cluster, LocalTime clusterEnd, int column) {
        List<SessionDetail> shown = new ArrayList<>();
        LocalTime laneEnd = null;
        for (SessionDetail detail : cluster) {
            if (laneEnd == null || !detail.session().startsAt().isBefore(laneEnd)) {
                shown.add(detail);
                laneEnd = detail.session().endsAt();
            }
        }
        boolean crowded = shown.size() < cluster.size();
        for (SessionDetail detail : shown) {
            SessionBlock block = new SessionBlock(detail, Board.WEEK);
            if (crowded && detail == shown.getLast()) {
                block.addClassName("classeur-week-session-crowded");
            }
            SessionRow row = detail.session();
            place(block, column, column + 1, rowOf(row.startsAt()), Math.max(rowOf(row.endsAt()), rowOf(row.startsAt()) + 1));
            blocks.add(block);
        }
        if (crowded) {
            LocalTime clusterStart = cluster.getFirst().session().startsAt();
            MoreButton more = new MoreButton(cluster, cluster.size() - shown.size(), clusterStart, clusterEnd);
            place(more, column, column + 1, rowOf(clusterStart), Math.max(rowOf(clusterEnd), rowOf(clusterStart) + 1));
            mores.add(more);
        }
    }

    /** The grid line a time falls on, clamped to the displayed hours. */
    static int rowOf(LocalTime time) {
        long minutes = ChronoUnit.MINUTES.between(FIRST_HOUR, time);
        long row = Math.round(minutes / (double) MINUTES_PER_ROW);
        return FIRST_TIME_ROW + (int) Math.max(0, Math.min(TIME_ROWS, row));
    }

    private void place(Component component, int columnStart, int columnEnd, int rowStart, int rowEnd) {
        component.getElement().getStyle().set("grid-column", columnStart + " / " + columnEnd);
        component.getElement().getStyle().set("grid-row", rowStart + " / " + rowEnd);
        calendar.add(component);
    }

    private static Span banner(String text, String className) {
        Span banner = new Span(text);
        banner.addClassNames("classeur-week-banner", className);
        return banner;
    }

    private void openSession(SessionDetail detail) {
        new SessionDialog(timetable, detail, this::refresh).open();
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.week.title");
    }

    // ---- boards by room and by trainer ----------------------------------------------------------------------------

    /** One row of a board: a room or a trainer and their sessions. */
    record BoardLine(String label, List<SessionDetail> sessions) {
    }

    private void refreshBoard() {
        LocalDate from = oneDay() ? shown : monday;
        LocalDate to = oneDay() ? shown : monday.plusDays(6);
        String what = getTranslation(board == Board.ROOMS ? "timetable.board.rooms" : "timetable.board.trainers");
        heading.setText(oneDay() ? what + " · " + TimetableViews.dayLabel(shown)
                : what + " · " + getTranslation("timetable.week.heading", Formats.date(from), Formats.date(to)));
        if (board == Board.ROOMS) {
            for (RoomSessions ofRoom : timetable.sessionsByRoom(from, to)) {
                lines.add(new BoardLine(ofRoom.room() != null ? ofRoom.room() : getTranslation("timetable.board.noRoom"),
                        ofRoom.sessions()));
            }
        } else {
            for (TrainerSessions ofTrainer : timetable.sessionsByTrainer(from, to)) {
                lines.add(new BoardLine(ofTrainer.name() != null ? ofTrainer.name() : getTranslation("timetable.board.noTrainer"),
                        ofTrainer.sessions()));
            }
        }
        calendar.setClassName("classeur-board");
        calendar.addClassName(oneDay() ? "classeur-board-day" : "classeur-board-week");
        Div corner = new Div(new Span(getTranslation(board == Board.ROOMS ? "timetable.field.room" : "timetable.board.trainer")));
        corner.addClassName("classeur-board-corner");
        place(corner, 1, 2, 1, 2);
        if (oneDay()) {
            for (int h = 0; h < TIME_ROWS / 4; h++) {
                Div hour = new Div(new Span(TimetableViews.time(FIRST_HOUR.plusHours(h))));
                hour.addClassName("classeur-board-hour");
                place(hour, 2 + h * 4, 2 + h * 4 + 4, 1, 2);
            }
        } else {
            LocalDate todayDate = LocalDate.now(clock);
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                Div header = new Div(new Span(TimetableViews.dayLabel(day)));
                header.addClassName("classeur-board-day-header");
                if (day.equals(todayDate)) {
                    header.addClassName("classeur-week-today");
                }
                place(header, d + 2, d + 3, 1, 2);
            }
        }
        int gridRow = 2;
        for (BoardLine line : lines) {
            gridRow = oneDay() ? placeDayLine(line, gridRow) : placeWeekLine(line, gridRow);
        }
        if (lines.isEmpty()) {
            Div empty = new Div(new Span(getTranslation("timetable.board.empty")));
            empty.addClassName("classeur-week-empty");
            place(empty, 1, -1, 2, 3);
        }
    }

    /**
     * A row of the one-day board: quarter hours across, each session placed by its times. Sessions of one row that
     * overlap (a clash) take stacked lanes of the row, so none hides another.
     */
    private int placeDayLine(BoardLine line, int gridRow) {
        List<SessionDetail> sorted = line.sessions().stream()
                .sorted(Comparator.comparing((SessionDetail s) -> s.session().startsAt())).toList();
        List<LocalTime> laneEnds = new ArrayList<>();
        List<Integer> lanes = new ArrayList<>();
        for (SessionDetail detail : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(detail.session().startsAt())) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(detail.session().endsAt());
            } else {
                laneEnds.set(lane, detail.session().endsAt());
            }
            lanes.add(lane);
        }
        int height = Math.max(1, laneEnds.size());
        place(lineLabel(line), 1, 2, gridRow, gridRow + height);
        Div track = new Div();
        track.addClassName("classeur-board-track");
        track.getElement().setAttribute("aria-hidden", "true");
        place(track, 2, 2 + TIME_ROWS, gridRow, gridRow + height);
        for (int i = 0; i < sorted.size(); i++) {
            SessionRow row = sorted.get(i).session();
            SessionBlock block = new SessionBlock(sorted.get(i), board);
            int start = columnOf(row.startsAt());
            place(block, start, Math.max(columnOf(row.endsAt()), start + 1), gridRow + lanes.get(i), gridRow + lanes.get(i) + 1);
            blocks.add(block);
        }
        return gridRow + height;
    }

    /** A row of the week board: one cell per day listing that day's sessions in time order; an empty cell is free. */
    private int placeWeekLine(BoardLine line, int gridRow) {
        place(lineLabel(line), 1, 2, gridRow, gridRow + 1);
        for (int d = 0; d < 7; d++) {
            LocalDate day = monday.plusDays(d);
            Div cell = new Div();
            cell.addClassName("classeur-board-cell");
            line.sessions().stream().filter(s -> s.session().day().equals(day))
                    .sorted(Comparator.comparing((SessionDetail s) -> s.session().startsAt()))
                    .forEach(detail -> {
                        SessionBlock block = new SessionBlock(detail, board);
                        cell.add(block);
                        blocks.add(block);
                    });
            if (cell.getChildren().findAny().isEmpty()) {
                cell.addClassName("classeur-board-free");
            }
            place(cell, d + 2, d + 3, gridRow, gridRow + 1);
        }
        return gridRow + 1;
    }

    private Div lineLabel(BoardLine line) {
        Div label = new Div(new Span(line.label()));
        label.addClassName("classeur-board-label");
        if (line.sessions().isEmpty()) {
            label.add(part(getTranslation("timetable.board.free"), "classeur-board-free-badge"));
        }
        return label;
    }

    /** The grid column a time falls on in a one-day board, clamped to the displayed hours (column 1 holds the names). */
    static int columnOf(LocalTime time) {
        return rowOf(time) - FIRST_TIME_ROW + 2;
    }

    // ---- blocks and dialogs -------------------------------------------------------------------------------------

    /**
     * One session: a real button, reachable and opened with the keyboard or a tap, whose accessible name says all a
     * tooltip used to (group, day and time, room, trainers). Its visible text wraps between words, never inside one.
     */
    final class SessionBlock extends NativeButton {
        final SessionRow row;
        final SessionDetail detail;

        SessionBlock(SessionDetail detail, Board context) {
            this.detail = detail;
            this.row = detail.session();
            addClassName("classeur-week-session");
            if (row.cancelled()) {
                addClassName("classeur-week-session-cancelled");
            }
            if (row.editedByHand()) {
                addClassName("classeur-week-session-moved");
            }
            add(part(unbreakable(row.groupName()), "classeur-week-session-name"), part(TimetableViews.times(row), "classeur-week-session-time"));
            // The board by room says who teaches there; the week and the board by trainer say where.
            if (context == Board.ROOMS) {
                if (!detail.trainers().isEmpty()) {
                    add(part(String.join(", ", detail.trainers()), "classeur-week-session-room"));
                }
            } else if (row.room() != null) {
                add(part(row.room(), "classeur-week-session-room"));
            }
            if (row.cancelled()) {
                add(part(getTranslation("timetable.session.cancelled"), "classeur-week-session-state"));
            }
            getElement().setAttribute("aria-label", WeekView.accessibleName(detail));
            addClickListener(e -> openSession(detail));
        }

        String text() {
            return row.groupName() + " " + TimetableViews.times(row) + (row.room() == null ? "" : " " + row.room());
        }

        String accessibleName() {
            return getElement().getAttribute("aria-label");
        }
    }

    /** "Groupe, lundi 30/11/2026 14:00–15:30, local : Salle 3, formateur·rices : A, B" (and the state). */
    static String accessibleName(SessionDetail detail) {
        SessionRow row = detail.session();
        String none = TimetableViews.t("timetable.block.none");
        String name = TimetableViews.t("timetable.block.aria", row.groupName(), TimetableViews.dayLabel(row.day()),
                TimetableViews.times(row), row.room() == null ? none : row.room(),
                detail.trainers().isEmpty() ? none : String.join(", ", detail.trainers()));
        if (row.cancelled()) {
            name += ", " + TimetableViews.t("timetable.session.cancelled");
        } else if (row.editedByHand()) {
            name += ", " + TimetableViews.t("timetable.session.edited");
        }
        return name;
    }

    /** A name whose dashes do not end a line: "Mathématiques 5P–6P" wraps before "5P–6P", never inside it. */
    static String unbreakable(String name) {
        return name.replace("–", "\u2060–\u2060").replace("-", "\u2011");
    }

    private static Span part(String text, String className) {
        Span part = new Span(text);
        part.addClassName(className);
        return part;
    }

    /** "+N autres" beside a crowded hour: opens the list of all the sessions that overlap there. */
    final class MoreButton extends NativeButton {
        final List<SessionDetail> cluster;
        final int hidden;

        MoreButton(List<SessionDetail> cluster, int hidden, LocalTime from, LocalTime to) {
            this.cluster = List.copyOf(cluster);
            this.hidden = hidden;
            addClassName("classeur-week-more");
            setText(getTranslation("timetable.week.more", hidden));
            getElement().setAttribute("aria-label", getTranslation("timetable.week.more.aria", hidden,
                    TimetableViews.dayLabel(cluster.getFirst().session().day()), TimetableViews.time(from), TimetableViews.time(to)));
            addClickListener(e -> new SessionListDialog(this.cluster, from, to).open());
        }
    }

    /** Every session of a crowded hour, each a button that opens its session dialog. */
    final class SessionListDialog extends Dialog {
        final List<SessionBlock> entries = new ArrayList<>();

        SessionListDialog(List<SessionDetail> cluster, LocalTime from, LocalTime to) {
            setHeaderTitle(getTranslation("timetable.week.more.title", TimetableViews.dayLabel(cluster.getFirst().session().day()),
                    TimetableViews.time(from) + "–" + TimetableViews.time(to)));
            addClassName("classeur-week-list-dialog");
            Div list = new Div();
            list.addClassName("classeur-week-list");
            for (SessionDetail detail : cluster) {
                // The list says who teaches and where: the room is added after the trainers.
                SessionBlock entry = new SessionBlock(detail, Board.ROOMS);
                if (detail.session().room() != null) {
                    entry.add(part(detail.session().room(), "classeur-week-session-room"));
                }
                entry.addClickListener(e -> close());
                entries.add(entry);
                list.add(entry);
            }
            add(list);
            Button close = new Button(getTranslation("timetable.action.close"), e -> close());
            getFooter().add(close);
        }
    }
}
