package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.SearchFields;
import be.classeur.ui.components.ListGrids;
import be.classeur.ui.components.Toolbars;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.Roles;
import be.classeur.kernel.SchoolYear;
import be.classeur.kernel.validation.PostalCodes;
import be.classeur.people.CatalogueService;
import be.classeur.people.domain.School;
import be.classeur.people.domain.Subject;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The catalogues administrators keep: subjects taught and schools attended (both editable, deactivated rather than
 * deleted so that history keeps its meaning), and the fixed list of school years (read-only).
 */
@Route(PersonLocations.CATALOGUES)
@Menu(order = 8, title = "people.catalogues.title", icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN)
public class CataloguesView extends VerticalLayout implements HasDynamicTitle {
    private final transient CatalogueService catalogues;

    final TabSheet tabs = new TabSheet();
    final TextField subjectSearch = new TextField();
    final Button newSubject = new Button();
    final Grid<Subject> subjectGrid = new Grid<>(Subject.class, false);
    final TextField schoolSearch = new TextField();
    final Button newSchool = new Button();
    final Grid<School> schoolGrid = new Grid<>(School.class, false);
    final Grid<SchoolYear> schoolYearGrid = new Grid<>(SchoolYear.class, false);

    public CataloguesView(CatalogueService catalogues) {
        this.catalogues = catalogues;
        setSizeFull();
        tabs.setSizeFull();
        tabs.add(getTranslation("people.catalogues.subjects"), subjectsTab());
        tabs.add(getTranslation("people.catalogues.schools"), schoolsTab());
        tabs.add(getTranslation("people.catalogues.schoolYears"), schoolYearsTab());
        add(tabs);
    }

    // ---- Subjects -------------------------------------------------------------------------------------------

    private Component subjectsTab() {
        SearchFields.configure(subjectSearch, "people.filter.search", null, () -> subjectGrid.getDataProvider().refreshAll());
        newSubject.setText(getTranslation("people.catalogues.subject.new"));
        newSubject.setIcon(VaadinIcon.PLUS.create());
        newSubject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSubject.addClickListener(e -> new SubjectDialog(new Subject(), this::saveSubject).open());

        subjectGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        subjectGrid.addColumn(Subject::getName).setHeader(getTranslation("people.catalogues.field.name"))
                .setKey("name").setSortProperty("name").setFlexGrow(1);
        subjectGrid.addColumn(s -> getTranslation(s.isActive() ? "people.catalogues.active" : "people.catalogues.inactive"))
                .setHeader(getTranslation("people.catalogues.field.active")).setKey("active").setSortProperty("active").setAutoWidth(true);
        subjectGrid.addComponentColumn(subject -> rowActions(subject.getName(), subject.isActive(),
                        () -> new SubjectDialog(subject, this::saveSubject).open(),
                        () -> toggleSubject(subject)))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        subjectGrid.setEmptyStateText(getTranslation("people.catalogues.subjects.empty"));
        subjectGrid.setItems(query -> catalogues.subjects(subjectSearch.getValue(), page(query, "name")).stream());
        ListGrids.openOnClick(subjectGrid, subject -> new SubjectDialog(subject, this::saveSubject).open());
        subjectGrid.setSizeFull();
        return tab(subjectSearch, newSubject, subjectGrid);
    }

    /** Saves a subject; true when saved, so that the dialog can close. */
    boolean saveSubject(Subject subject) {
        boolean saved = UserActions.attempt(() -> withUniqueName(() -> catalogues.saveSubject(subject), subject.getName()),
                this::refreshSubjects, "people.catalogues.saved", subject.getName());
        refreshSubjects();
        return saved;
    }

    private void toggleSubject(Subject subject) {
        boolean activate = !subject.isActive();
        subject.setActive(activate);
        UserActions.attempt(() -> catalogues.saveSubject(subject), this::refreshSubjects,
                activate ? "people.catalogues.activated" : "people.catalogues.deactivated", subject.getName());
        refreshSubjects();
    }

    private void refreshSubjects() {
        subjectGrid.getDataProvider().refreshAll();
    }

    /** Subject names are unique in the database: a taken name is a broken rule the user can act on, said as such. */
    private static void withUniqueName(Runnable save, String name) {
        try {
            save.run();
        } catch (DataIntegrityViolationException taken) {
            throw new BusinessRuleException("people.catalogues.error.nameTaken", name);
        }
    }

    // ---- Schools --------------------------------------------------------------------------------------------

    private Component schoolsTab() {
        SearchFields.configure(schoolSearch, "people.filter.search", null, () -> schoolGrid.getDataProvider().refreshAll());
        newSchool.setText(getTranslation("people.catalogues.school.new"));
        newSchool.setIcon(VaadinIcon.PLUS.create());
        newSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSchool.addClickListener(e -> new SchoolDialog(new School(), this::saveSchool).open());

        schoolGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        schoolGrid.addColumn(School::getName).setHeader(getTranslation("people.catalogues.field.name"))
                .setKey("name").setSortProperty("name").setFlexGrow(1);
        schoolGrid.addColumn(School::getPostalCode).setHeader(getTranslation("people.field.postalCode"))
                .setKey("postalCode").setSortProperty("postalCode").setAutoWidth(true);
        schoolGrid.addColumn(School::getCity).setHeader(getTranslation("people.field.city"))
                .setKey("city").setSortProperty("city").setAutoWidth(true);
        schoolGrid.addColumn(s -> getTranslation(s.isActive() ? "people.catalogues.active" : "people.catalogues.inactive"))
                .setHeader(getTranslation("people.catalogues.field.active")).setKey("active").setSortProperty("active").setAutoWidth(true);
        schoolGrid.addComponentColumn(school -> rowActions(school.getName(), school.isActive(),
                        () -> new SchoolDialog(school, this::saveSchool).open(),
                        () -> toggleSchool(school)))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        schoolGrid.setEmptyStateText(getTranslation("people.catalogues.schools.empty"));
        schoolGrid.setItems(query -> catalogues.schools(schoolSearch.getValue(), false, page(query, "name")).stream());
        ListGrids.openOnClick(schoolGrid, school -> new SchoolDialog(school, this::saveSchool).open());
        schoolGrid.setSizeFull();
        return tab(schoolSearch, newSchool, schoolGrid);
    }

    /** Saves a school; true when saved, so that the dialog can close. */
    boolean saveSchool(School school) {
        boolean saved = UserActions.attempt(() -> catalogues.saveSchool(school), this::refreshSchools,
                "people.catalogues.saved", school.getName());
        refreshSchools();
        return saved;
    }

    private void toggleSchool(School school) {
        boolean activate = !school.isActive();
        school.setActive(activate);
        UserActions.attempt(() -> catalogues.saveSchool(school), this::refreshSchools,
                activate ? "people.catalogues.activated" : "people.catalogues.deactivated", school.getName());
        refreshSchools();
    }

    private void refreshSchools() {
        schoolGrid.getDataProvider().refreshAll();
    }

    // ---- School years ---------------------------------------------------------------------------------------

    private Component schoolYearsTab() {
        schoolYearGrid.addColumn(Labels::schoolYear).setHeader(getTranslation("people.catalogues.schoolYear.short"))
                .setKey("short").setAutoWidth(true);
        schoolYearGrid.addColumn(Labels::of).setHeader(getTranslation("people.catalogues.schoolYear.label"))
                .setKey("label").setFlexGrow(1);
        schoolYearGrid.setItems(SchoolYear.values());
        schoolYearGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        schoolYearGrid.setAllRowsVisible(true);
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("people.catalogues.schoolYears.help")), schoolYearGrid);
        tab.setPadding(false);
        return tab;
    }

    // ---- Shared ---------------------------------------------------------------------------------------------

    private static PageRequest page(Query<?, ?> query, String defaultSort) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        Sort sort = page.getSort().isUnsorted() ? Sort.by(defaultSort) : page.getSort();
        return page.withSort(sort.and(Sort.by("id")));
    }

    private HorizontalLayout rowActions(String name, boolean active, Runnable onEdit, Runnable onToggle) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> onEdit.run());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("ui.action.edit") + " · " + name);
        edit.setTooltipText(getTranslation("ui.action.edit"));
        Button toggle = OneClick.button(getTranslation(active ? "people.catalogues.action.deactivate" : "people.catalogues.action.activate"),
                e -> onToggle.run());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (active) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setAriaLabel(toggle.getText() + " · " + name);
        return ListGrids.keepClicksInside(new HorizontalLayout(edit, toggle));
    }

    private VerticalLayout tab(TextField search, Button create, Grid<?> grid) {
        HorizontalLayout toolbar = Toolbars.withSearch(search, create);
        VerticalLayout tab = new VerticalLayout(toolbar, grid);
        tab.setPadding(false);
        tab.setSizeFull();
        return tab;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.catalogues.title");
    }

    /** Adds or renames a subject, or (de)activates it. */
    static class SubjectDialog extends Dialog {
        private final BeanValidationBinder<Subject> binder = new BeanValidationBinder<>(Subject.class);
        final TextField name = new TextField();
        final Checkbox active = new Checkbox();
        final Button save = new Button();

        SubjectDialog(Subject subject, Predicate<Subject> onSave) {
            setHeaderTitle(getTranslation(subject.getId() == null ? "people.catalogues.subject.new" : "people.catalogues.subject.edit"));
            setCloseOnOutsideClick(false);
            name.setLabel(getTranslation("people.catalogues.field.name"));
            name.setMaxLength(80);
            active.setLabel(getTranslation("people.catalogues.field.active"));
            binder.forField(name).asRequired(getTranslation("validation.required.field")).bind("name");
            binder.forField(active).bind("active");
            binder.readBean(subject);
            add(new FormLayout(name, active));
            save.setText(getTranslation("ui.action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            OneClick.onClick(save, e -> {
                try {
                    binder.writeBean(subject);
                } catch (ValidationException invalid) {
                    return;
                }
                if (onSave.test(subject)) {
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

    /** Adds or edits a school. */
    static class SchoolDialog extends Dialog {
        private final BeanValidationBinder<School> binder = new BeanValidationBinder<>(School.class);
        final TextField name = new TextField();
        final TextField postalCode = new TextField();
        final TextField city = new TextField();
        final Checkbox active = new Checkbox();
        final Button save = new Button();

        SchoolDialog(School school, Predicate<School> onSave) {
            setHeaderTitle(getTranslation(school.getId() == null ? "people.catalogues.school.new" : "people.catalogues.school.edit"));
            setCloseOnOutsideClick(false);
            name.setLabel(getTranslation("people.catalogues.field.name"));
            name.setMaxLength(150);
            postalCode.setLabel(getTranslation("people.field.postalCode"));
            postalCode.setMaxLength(10);
            city.setLabel(getTranslation("people.field.city"));
            city.setMaxLength(80);
            active.setLabel(getTranslation("people.catalogues.field.active"));
            binder.forField(name).asRequired(getTranslation("validation.required.field")).bind("name");
            binder.forField(postalCode)
                    .withValidator(code -> PostalCodes.isValid("BE", code), getTranslation("validation.postalCode"))
                    .bind("postalCode");
            binder.forField(city).bind("city");
            binder.forField(active).bind("active");
            binder.readBean(school);
            add(new FormLayout(name, postalCode, city, active));
            save.setText(getTranslation("ui.action.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
            OneClick.onClick(save, e -> {
                try {
                    binder.writeBean(school);
                } catch (ValidationException invalid) {
                    return;
                }
                if (onSave.test(school)) {
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
