package be.classeur.timetable.ui;

import be.classeur.ui.components.Labels;
import be.classeur.timetable.TimetableLocations;
import be.classeur.kernel.DateRange;
import be.classeur.kernel.Roles;
import be.classeur.kernel.calendar.BelgianPublicHolidays;
import be.classeur.kernel.calendar.PublicHoliday;
import be.classeur.timetable.TimetableService;
import be.classeur.timetable.domain.Closure;
import be.classeur.timetable.domain.ClosureKind;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Closures of this and next school year: FWB school holidays (provisional ones "à confirmer" until an administrator
 * confirms or corrects them), ad-hoc closures, and the computed Belgian public holidays (read-only).
 */
@Route(TimetableLocations.CLOSURES)
@Menu(order = 9, title = "timetable.closures.title", icon = "vaadin:calendar-o")
@RolesAllowed(Roles.ADMIN)
public class ClosuresView extends VerticalLayout implements HasDynamicTitle {
    final Button create = new Button();
    final Grid<Closure> grid = new Grid<>(Closure.class, false);
    final Grid<PublicHoliday> holidays = new Grid<>(PublicHoliday.class, false);
    /** First and last day shown: 1 September of the current school year to 31 August two years later. */
    final LocalDate from;
    final LocalDate to;

    private final transient TimetableService timetable;

    public ClosuresView(TimetableService timetable, Clock clock) {
        this.timetable = timetable;
        LocalDate today = LocalDate.now(clock);
        int firstYear = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
        this.from = LocalDate.of(firstYear, Month.SEPTEMBER, 1);
        this.to = LocalDate.of(firstYear + 2, Month.AUGUST, 31);
        setSizeFull();

        create.setText(getTranslation("timetable.closures.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(new Closure(ClosureKind.AD_HOC, null, null, null, false)));
        Span range = new Span(getTranslation("timetable.closures.range", Formats.date(from), Formats.date(to)));
        HorizontalLayout bar = new HorizontalLayout(range, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, range);
        bar.addClassName("classeur-toolbar");

        configureGrid();
        configureHolidays();
        add(bar, grid, new H3(getTranslation("timetable.closures.publicHolidays")), holidays);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> Labels.of(c.getKind())).setHeader(getTranslation("timetable.closures.kind")).setAutoWidth(true);
        grid.addColumn(Closure::getLabel).setHeader(getTranslation("timetable.closures.label")).setFlexGrow(1);
        grid.addColumn(c -> Formats.date(c.getStartsOn())).setHeader(getTranslation("timetable.closures.startsOn")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.getEndsOn())).setHeader(getTranslation("timetable.closures.endsOn")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(c -> {
            Span badge = new Span(getTranslation(c.isProvisional() ? "timetable.closure.provisional" : "timetable.closure.confirmed"));
            badge.getElement().getThemeList().add(c.isProvisional() ? "badge contrast" : "badge success");
            return badge;
        })).setHeader(getTranslation("timetable.closures.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("timetable.field.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("timetable.closures.empty"));
    }

    private HorizontalLayout actions(Closure closure) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (closure.isProvisional()) {
            Button confirm = OneClick.button(getTranslation("timetable.closures.confirm"), VaadinIcon.CHECK.create(), e -> confirm(closure));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setAriaLabel(getTranslation("timetable.closures.confirm.aria", closure.getLabel()));
            actions.add(confirm);
        }
        Button edit = new Button(getTranslation("ui.action.edit"), VaadinIcon.EDIT.create(), e -> open(closure));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("timetable.closures.edit.aria", closure.getLabel()));
        actions.add(edit);
        return actions;
    }

    private void configureHolidays() {
        holidays.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        holidays.setAllRowsVisible(true);
        holidays.addColumn(h -> TimetableViews.dayLabel(h.date())).setHeader(getTranslation("timetable.closures.date")).setAutoWidth(true);
        holidays.addColumn(h -> Labels.of(h.holiday())).setHeader(getTranslation("timetable.closures.label")).setFlexGrow(1);
    }

    /** Confirms provisional dates as they are; to correct them, Edit opens the form. */
    private void confirm(Closure closure) {
        Confirmations.confirm("timetable.closures.confirm.title", "timetable.closures.confirm.text", "timetable.closures.confirm",
                () -> {
                    closure.setProvisional(false);
                    save(closure, null);
                }, closure.getLabel(), Formats.date(closure.getStartsOn()), Formats.date(closure.getEndsOn()));
    }

    void refresh() {
        grid.setItems(timetable.closures(from, to));
        List<PublicHoliday> computed = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (PublicHoliday holiday : BelgianPublicHolidays.of(year)) {
                if (DateRange.covers(from, to, holiday.date())) {
                    computed.add(holiday);
                }
            }
        }
        holidays.setItems(computed);
    }

    private void open(Closure closure) {
        new ClosureDialog(closure).open();
    }

    private boolean save(Closure closure, ClosureDialog dialog) {
        boolean saved = UserActions.attempt(() -> timetable.saveClosure(closure), null, "timetable.closures.saved");
        // Also after a failure: the dialog edited the grid's own item, which must show what is stored again.
        refresh();
        return saved;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timetable.closures.title");
    }

    /** Adds or corrects a closure: label, first and last day; a provisional one may be confirmed at the same time. */
    final class ClosureDialog extends Dialog {
        final Select<ClosureKind> kind = new Select<>();
        final TextField label = new TextField(getTranslation("timetable.closures.label"));
        final DatePicker startsOn = Formats.datePicker(getTranslation("timetable.closures.startsOn"));
        final DatePicker endsOn = Formats.datePicker(getTranslation("timetable.closures.endsOn"));
        final com.vaadin.flow.component.checkbox.Checkbox provisional = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("timetable.closure.provisional"));
        final Button save = new Button(getTranslation("ui.action.save"));
        private final Closure closure;

        ClosureDialog(Closure closure) {
            this.closure = closure;
            setHeaderTitle(getTranslation(closure.getId() == null ? "timetable.closures.new" : "timetable.closures.edit"));
            kind.setLabel(getTranslation("timetable.closures.kind"));
            kind.setItems(ClosureKind.values());
            kind.setItemLabelGenerator(k -> Labels.of(k));
            kind.setValue(closure.getKind());
            label.setRequired(true);
            label.setMaxLength(120);
            label.setValue(closure.getLabel() == null ? "" : closure.getLabel());
            startsOn.setRequired(true);
            startsOn.setValue(closure.getStartsOn());
            endsOn.setRequired(true);
            endsOn.setValue(closure.getEndsOn());
            startsOn.addValueChangeListener(e -> {
                if (e.getValue() != null && endsOn.isEmpty()) {
                    endsOn.setValue(e.getValue());
                }
            });
            provisional.setValue(closure.isProvisional());
            provisional.setVisible(closure.isProvisional());
            FormLayout form = new FormLayout(kind, label, startsOn, endsOn, provisional);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
            form.setColspan(label, 2);
            add(form);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            OneClick.onClick(save, e -> save());
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            Button cancel = new Button(getTranslation("ui.action.cancel"), e -> {
                close();
                refresh();
            });
            getFooter().add(cancel, save);
        }

        private void save() {
            boolean ok = true;
            String text = label.getValue() == null ? "" : label.getValue().strip();
            label.setInvalid(text.isEmpty());
            label.setErrorMessage(text.isEmpty() ? getTranslation("validation.required") : null);
            ok &= !text.isEmpty();
            for (DatePicker picker : List.of(startsOn, endsOn)) {
                boolean missing = picker.isEmpty() || picker.isInvalid() && picker.getValue() == null;
                picker.setInvalid(missing);
                picker.setErrorMessage(missing ? getTranslation("validation.required") : null);
                ok &= !missing;
            }
            if (ok && !DateRange.isOrdered(startsOn.getValue(), endsOn.getValue())) {
                endsOn.setInvalid(true);
                endsOn.setErrorMessage(getTranslation("timetable.validation.closureDates"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            closure.setKind(kind.getValue() == null ? ClosureKind.AD_HOC : kind.getValue());
            closure.setLabel(text);
            closure.setStartsOn(startsOn.getValue());
            closure.setEndsOn(endsOn.getValue());
            closure.setProvisional(provisional.isVisible() && provisional.getValue());
            if (ClosuresView.this.save(closure, this)) {
                close();
            }
        }
    }
}
