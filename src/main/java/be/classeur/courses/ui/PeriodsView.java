package be.classeur.courses.ui;

import be.classeur.ui.components.Labels;
import be.classeur.courses.GroupLocations;
import be.classeur.kernel.DateRange;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.Roles;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.ListGrids;
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
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Predicate;

/** School years and holiday courses, with their dates. There are a handful per year, so the list is loaded whole. */
@Route(GroupLocations.PERIODS)
@Menu(order = 5, title = "courses.periods.title", icon = "vaadin:calendar")
@RolesAllowed(Roles.ADMIN)
public class PeriodsView extends VerticalLayout implements HasDynamicTitle {
    private final transient PeriodService periods;
    final Button create = new Button();
    final Grid<Period> grid = new Grid<>(Period.class, false);

    public PeriodsView(PeriodService periods) {
        this.periods = periods;
        setSizeFull();
        create.setText(getTranslation("courses.period.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(new Period()));
        HorizontalLayout toolbar = new HorizontalLayout(create);
        toolbar.addClassName("classeur-toolbar");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Period::getName).setHeader(getTranslation("courses.period.field.name")).setKey("name").setFlexGrow(1);
        grid.addColumn(p -> Labels.of(p.getKind())).setHeader(getTranslation("courses.period.field.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.getStartsOn())).setHeader(getTranslation("courses.period.field.startsOn"))
                .setKey("startsOn").setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.getEndsOn())).setHeader(getTranslation("courses.period.field.endsOn"))
                .setKey("endsOn").setAutoWidth(true);
        grid.addComponentColumn(p -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openForm(p));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("ui.action.edit") + " · " + p.getName());
            edit.setTooltipText(getTranslation("ui.action.edit"));
            return ListGrids.keepClicksInside(edit);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("courses.periods.empty"));
        ListGrids.openOnClick(grid, this::openForm);
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    PeriodDialog openForm(Period period) {
        PeriodDialog dialog = new PeriodDialog(period, this::save);
        dialog.open();
        return dialog;
    }

    /** Saves a period; true when saved, so that the dialog can close. */
    boolean save(Period period) {
        return UserActions.attempt(() -> {
            Period saved = periods.save(period);
            Notifications.success("courses.period.saved", saved.getName());
            refresh();
        }, this::refresh);
    }

    void refresh() {
        grid.setItems(periods.periods());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("courses.periods.title");
    }

    /** Adds or edits a period. */
    static class PeriodDialog extends Dialog {
        private final BeanValidationBinder<Period> binder = new BeanValidationBinder<>(Period.class);
        final TextField name = new TextField();
        final Select<PeriodKind> kind = new Select<>();
        final DatePicker startsOn = Formats.datePicker(null);
        final DatePicker endsOn = Formats.datePicker(null);
        final Button save = new Button();

        PeriodDialog(Period period, Predicate<Period> onSave) {
            setHeaderTitle(getTranslation(period.getId() == null ? "courses.period.new" : "courses.period.edit"));
            setCloseOnOutsideClick(false);
            name.setLabel(getTranslation("courses.period.field.name"));
            name.setMaxLength(120);
            kind.setLabel(getTranslation("courses.period.field.kind"));
            kind.setItems(PeriodKind.values());
            kind.setItemLabelGenerator(k -> k == null ? "" : Labels.of(k));
            startsOn.setLabel(getTranslation("courses.period.field.startsOn"));
            endsOn.setLabel(getTranslation("courses.period.field.endsOn"));
            binder.forField(name).asRequired(getTranslation("validation.required.field")).bind("name");
            binder.forField(kind).asRequired(getTranslation("validation.required.field")).bind("kind");
            binder.forField(startsOn).asRequired(getTranslation("validation.required.field")).bind("startsOn");
            binder.forField(endsOn).asRequired(getTranslation("validation.required.field"))
                    .withValidator(end -> DateRange.isOrdered(startsOn.getValue(), end),
                            getTranslation("courses.validation.periodDates"))
                    .bind("endsOn");
            startsOn.addValueChangeListener(e -> {
                endsOn.setMin(e.getValue());
                if (endsOn.getValue() != null) {
                    binder.validate();
                }
            });
            binder.readBean(period);
            FormLayout form = new FormLayout(name, kind, startsOn, endsOn);
            form.setColspan(name, 2);
            add(form);
            save.setText(getTranslation("ui.action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            OneClick.onClick(save, e -> {
                try {
                    binder.writeBean(period);
                } catch (ValidationException invalid) {
                    Notifications.error("validation.form.invalid");
                    return;
                }
                if (onSave.test(period)) {
                    close();
                }
            });
            getFooter().add(new Button(getTranslation("ui.action.cancel"), e -> close()), save);
            addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    name.focus();
                }
            });
        }
    }
}
