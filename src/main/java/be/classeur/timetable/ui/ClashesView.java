package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.timetable.TimetableLocations;
import be.classeur.kernel.DateRange;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Roles;
import be.classeur.timetable.Clash;
import be.classeur.timetable.SessionRow;
import be.classeur.timetable.TimetableService;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every clash in a date range: a trainer, a room or a pupil in two sessions at once, with both sides. */
@Route(TimetableLocations.CLASHES)
@Menu(order = 8, title = "timetable.clashes.title", icon = "vaadin:warning")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class ClashesView extends VerticalLayout implements HasDynamicTitle {
    final DatePicker from = Formats.datePicker(null);
    final DatePicker to = Formats.datePicker(null);
    final Button search = new Button();
    final Span summary = new Span();
    final Grid<Clash> grid = new Grid<>(Clash.class, false);

    private final transient TimetableService timetable;

    public ClashesView(TimetableService timetable, Clock clock) {
        this.timetable = timetable;
        setSizeFull();
        LocalDate monday = WeekView.mondayOf(LocalDate.now(clock));
        from.setLabel(getTranslation("timetable.clashes.from"));
        from.setValue(monday);
        from.setRequired(true);
        to.setLabel(getTranslation("timetable.clashes.to"));
        to.setValue(monday.plusWeeks(5).minusDays(1));
        to.setRequired(true);
        to.setHelperText(getTranslation("timetable.clashes.maxRange"));
        search.setText(getTranslation("timetable.clashes.search"));
        search.setIcon(VaadinIcon.SEARCH.create());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(from, to, search);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("classeur-toolbar");
        configureGrid();
        add(bar, summary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> Labels.of(c.kind())).setHeader(getTranslation("timetable.clashes.kind")).setAutoWidth(true);
        grid.addColumn(Clash::who).setHeader(getTranslation("timetable.clashes.who")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> day(c.first()))).setHeader(getTranslation("timetable.clashes.day")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> ClashList.side(c.first()))).setHeader(getTranslation("timetable.clashes.first")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(c -> ClashList.side(c.second()))).setHeader(getTranslation("timetable.clashes.second")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("timetable.clashes.empty"));
    }

    /** The day, linking to that day's list of sessions. */
    private RouterLink day(SessionRow row) {
        RouterLink link = new RouterLink(Formats.date(row.day()), DayView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("date", row.day().toString())));
        return link;
    }

    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        from.setInvalid(start == null);
        from.setErrorMessage(start == null ? getTranslation("validation.required") : null);
        to.setInvalid(end == null);
        to.setErrorMessage(end == null ? getTranslation("validation.required") : null);
        if (start == null || end == null) {
            return;
        }
        if (!DateRange.isOrdered(start, end)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("timetable.clashes.endBeforeStart"));
            return;
        }
        if (new DateRange(start, end).spansMoreThan(TimetableService.MAX_RANGE_DAYS)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("timetable.error.rangeTooLong"));
            return;
        }
        try {
            List<Clash> clashes = timetable.clashesBetween(start, end);
            grid.setItems(clashes);
            summary.setText(getTranslation("timetable.clashes.found", clashes.size()));
        } catch (BusinessRuleException e) {
            Notifications.rule(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.clashes.title");
    }
}
