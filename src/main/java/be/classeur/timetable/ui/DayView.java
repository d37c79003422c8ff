package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.timetable.TimetableLocations;
import be.classeur.kernel.Roles;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import be.classeur.timetable.SessionFilter;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.Closure;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The sessions of one day as a list, with the day's closures. */
@Route(TimetableLocations.DAY)
@Menu(order = 7, title = "timetable.day.title", icon = "vaadin:list")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class DayView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final DatePicker date = Formats.datePicker(null);
    final H2 heading = new H2();
    final Div closures = new Div();
    final Grid<SessionRow> grid = new Grid<>(SessionRow.class, false);
    /** The displayed day. */
    LocalDate day;

    private final transient TimetableService timetable;
    private final transient Clock clock;

    public DayView(TimetableService timetable, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
        this.day = LocalDate.now(clock);
        setSizeFull();
        addClassName("classeur-day");
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setText(getTranslation("timetable.day.previous"));
        previous.addClickListener(e -> showDay(day.minusDays(1)));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        today.setText(getTranslation("timetable.week.today"));
        today.addClickListener(e -> showDay(LocalDate.now(clock)));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.setText(getTranslation("timetable.day.next"));
        next.addClickListener(e -> showDay(day.plusDays(1)));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        date.setAriaLabel(getTranslation("timetable.session.field.day"));
        date.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showDay(e.getValue());
            }
        });
        RouterLink week = new RouterLink(getTranslation("timetable.week.title"), WeekView.class);
        HorizontalLayout bar = new HorizontalLayout(previous, today, next, date, week);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.addClassName("classeur-week-toolbar");
        closures.addClassName("classeur-week-banners");
        configureGrid();
        add(bar, heading, closures, grid);
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TimetableViews::times).setHeader(getTranslation("timetable.field.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> ClashList.groupLink(row.groupId(), row.groupName())))
                .setHeader(getTranslation("timetable.field.group")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(SessionRow::subject).setHeader(getTranslation("timetable.field.subject")).setAutoWidth(true);
        grid.addColumn(SessionRow::room).setHeader(getTranslation("timetable.field.room")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::state)).setHeader(getTranslation("timetable.field.state")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> {
            Button open = new Button(getTranslation(TimetableViews.canWrite() ? "timetable.session.manage" : "timetable.session.open"),
                    e -> new SessionDialog(timetable, row, this::refresh).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            // The spoken name starts with the visible word (WCAG 2.5.3): "Voir la séance…" when the user may only look.
            open.setAriaLabel(getTranslation(TimetableViews.canWrite() ? "timetable.session.manage.aria" : "timetable.session.open.aria",
                    row.groupName(), TimetableViews.times(row)));
            return open;
        })).setHeader(getTranslation("timetable.field.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("timetable.day.empty"));
    }

    private Span state(SessionRow row) {
        if (row.cancelled()) {
            Span badge = new Span(getTranslation("timetable.session.cancelled"));
            badge.getElement().getThemeList().add("badge error");
            return badge;
        }
        if (row.editedByHand()) {
            Span badge = new Span(getTranslation("timetable.session.edited"));
            badge.getElement().getThemeList().add("badge contrast");
            return badge;
        }
        return new Span();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate shown = LocalDate.now(clock);
        List<String> param = event.getLocation().getQueryParameters().getParameters().get(TimetableLocations.DATE);
        if (param != null && !param.isEmpty()) {
            try {
                shown = LocalDate.parse(param.getFirst());
            } catch (DateTimeParseException ignored) {
                // A hand-typed address with a bad date shows today.
            }
        }
        day = shown;
        refresh();
    }

    void showDay(LocalDate newDay) {
        day = newDay;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, TimetableLocations.day(day)));
        refresh();
    }

    void refresh() {
        heading.setText(TimetableViews.dayLabel(day));
        date.setValue(day);
        closures.removeAll();
        BelgianPublicHolidays.holidayOn(day).ifPresent(h -> closures.add(banner(Labels.of(h.holiday()))));
        for (Closure closure : timetable.closures(day, day)) {
            closures.add(banner(getTranslation("timetable.closure.banner", Labels.of(closure.getKind()), closure.getLabel())
                    + (closure.isProvisional() ? " (" + getTranslation("timetable.closure.provisional") + ")" : "")));
        }
        grid.setItems(timetable.sessions(day, day, SessionFilter.none()));
    }

    private static Span banner(String text) {
        Span banner = new Span(text);
        banner.addClassName("classeur-week-banner");
        return banner;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.day.title");
    }
}
