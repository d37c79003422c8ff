package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.CatalogueService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.DataSource;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilStage;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.School;
import be.classeur.people.domain.Subject;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or edits a pupil with their guardians. Fields are validated as the user types (Bean Validation on the
 * entity, through the binder); the minor-needs-a-guardian rule and the optimistic lock are checked by the service.
 */
class PupilForm extends PersonForm<Pupil> {
    /** A guardian in the form's list: an existing one (id) or a new one created on save. */
    record GuardianEntry(Long guardianId, Guardian newGuardian, String name, String phone, Relationship relationship) {
        GuardianLinkDraft draft() {
            return guardianId != null ? GuardianLinkDraft.existing(guardianId, relationship)
                    : GuardianLinkDraft.newGuardian(newGuardian, relationship);
        }
    }

    private final transient PupilService pupils;
    private final transient GuardianService guardians;
    final DatePicker birthDate = Formats.datePicker(null);
    final ComboBox<SchoolYear> schoolYear = new ComboBox<>();
    final ComboBox<School> school = new ComboBox<>();
    final Select<PupilStage> stage = new Select<>();
    final Select<DataSource> dataSource = new Select<>();
    final MultiSelectComboBox<Subject> subjects = new MultiSelectComboBox<>();

    final List<GuardianEntry> guardianEntries = new ArrayList<>();
    final Grid<GuardianEntry> guardianGrid = new Grid<>();
    final ComboBox<PersonRow> guardianPicker = new ComboBox<>();
    final Select<Relationship> relationship = new Select<>();
    final Button addGuardian = new Button();
    final Button newGuardian = new Button();
    final Span guardianError = new Span();

    final VerticalLayout guardiansSection;

    PupilForm(PupilService pupils, GuardianService guardians, CatalogueService catalogues, Pupil pupil,
              List<LinkRow> links, Consumer<Pupil> onSaved) {
        super(Pupil.class, pupil, onSaved, "people.pupil.new", "people.pupil.edit", "people.pupil.saved",
                DataSubjectRef::pupil, pupils::forEdit);
        this.pupils = pupils;
        this.guardians = guardians;
        birthDate.setLabel(getTranslation("people.pupil.field.birthDate"));
        birthDate.setMax(LocalDate.now(VaadinService.getCurrent().getInstantiator().getOrCreate(Clock.class)));
        binder.forField(birthDate).bind("birthDate");
        schoolYear.setLabel(getTranslation("people.pupil.field.schoolYear"));
        schoolYear.setItems(SchoolYear.values());
        schoolYear.setItemLabelGenerator(y -> Labels.of(y));
        binder.forField(schoolYear).bind("schoolYear");
        school.setLabel(getTranslation("people.pupil.field.school"));
        school.setItems(query -> catalogues.schools(query.getFilter().orElse(""), true,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        school.setItemLabelGenerator(School::toString);
        binder.forField(school).bind("school");
        stage.setLabel(getTranslation("people.pupil.field.stage"));
        stage.setItems(PupilStage.values());
        stage.setItemLabelGenerator(s -> Labels.of(s));
        binder.forField(stage).asRequired(getTranslation("validation.required.field")).bind("stage");
        dataSource.setLabel(getTranslation("people.pupil.field.dataSource"));
        dataSource.setItems(DataSource.values());
        dataSource.setEmptySelectionAllowed(true);
        dataSource.setItemLabelGenerator(s -> s == null ? "" : Labels.of(s));
        binder.forField(dataSource).bind("dataSource");
        subjects.setLabel(getTranslation("people.pupil.field.subjects"));
        subjects.setItems(catalogues.activeSubjects());
        subjects.setItemLabelGenerator(Subject::getName);
        binder.forField(subjects).bind("subjects");

        links.forEach(l -> guardianEntries.add(new GuardianEntry(l.guardianId(), null, l.guardianName(), l.guardianPhone(), l.relationship())));
        guardiansSection = guardiansSection();
        layOut(form -> form.add(birthDate, schoolYear, school, stage, subjects, dataSource), guardiansSection);
    }

    /**
     * Switches the form to rectification for a rights request (the privacy officer's path): the pupil's own fields
     * only, the guardian links are not part of it.
     */
    PupilForm rectifying(RectificationService service, long requestId) {
        startRectifying(service, requestId);
        guardiansSection.setVisible(false);
        return this;
    }

    private VerticalLayout guardiansSection() {
        H3 title = new H3(getTranslation("people.pupil.guardians"));
        guardianGrid.addColumn(GuardianEntry::name).setHeader(getTranslation("people.field.name")).setFlexGrow(1);
        guardianGrid.addColumn(e -> RelationshipChoices.label(this, e.relationship())).setHeader(getTranslation("people.link.relationship")).setAutoWidth(true);
        guardianGrid.addColumn(GuardianEntry::phone).setHeader(getTranslation("people.field.phone")).setAutoWidth(true);
        finishLinkGrid(guardianGrid, GuardianEntry::name, entry -> {
            guardianEntries.remove(entry);
            refreshGuardians();
        }, this::addContactOrderColumn, "people.pupil.guardians.empty");

        guardianPicker.setLabel(getTranslation("people.link.existingGuardian"));
        guardianPicker.setItems(query -> guardians.search(new PersonFilter(query.getFilter().orElse(null), ArchiveFilter.ACTIVE),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        guardianPicker.setItemLabelGenerator(g -> g.lastName() + ", " + g.firstName() + (g.email() == null ? "" : " · " + g.email()));
        guardianPicker.setWidth("22rem");
        relationship.setLabel(getTranslation("people.link.relationship"));
        RelationshipChoices.configure(relationship, true);
        relationship.setValue(Relationship.MOTHER);
        addGuardian.setText(getTranslation("people.link.add"));
        addGuardian.addClickListener(e -> addExistingGuardian());
        newGuardian.setText(getTranslation("people.link.newGuardian"));
        newGuardian.setIcon(VaadinIcon.PLUS.create());
        newGuardian.addClickListener(e -> new QuickGuardianDialog(relationship.getValue(), (guardian, rel) -> {
            guardianEntries.add(new GuardianEntry(null, guardian, guardian.fullName(), guardian.getPhone(), rel));
            refreshGuardians();
        }).open());
        refreshGuardians();
        return linkSection(title, guardianGrid, guardianError, guardianPicker, relationship, addGuardian, newGuardian);
    }

    private void addExistingGuardian() {
        PersonRow picked = guardianPicker.getValue();
        if (picked == null) {
            guardianPicker.setInvalid(true);
            guardianPicker.setErrorMessage(getTranslation("people.link.pickGuardian"));
            return;
        }
        boolean already = guardianEntries.stream().anyMatch(e -> picked.id().equals(e.guardianId()));
        if (!already) {
            guardianEntries.add(new GuardianEntry(picked.id(), null, picked.firstName() + " " + picked.lastName(),
                    picked.phone(), relationship.getValue()));
        }
        guardianPicker.clear();
        refreshGuardians();
    }

    private void refreshGuardians() {
        guardianGrid.setItems(guardianEntries);
        guardianError.setText("");
    }

    @Override
    Pupil saveOwn(Pupil edited) {
        return pupils.save(edited, guardianEntries.stream().map(GuardianEntry::draft).toList());
    }

    @Override
    void reloaded(Pupil stored, boolean rectifying) {
        if (rectifying) {
            return;
        }
        guardianEntries.clear();
        pupils.guardiansOf(stored.getId()).forEach(l -> guardianEntries.add(
                new GuardianEntry(l.guardianId(), null, l.guardianName(), l.guardianPhone(), l.relationship())));
        refreshGuardians();
    }

    @Override
    void refused(BusinessRuleException e) {
        // Said beside the links too: the rules broken here are about them (a minor needs a guardian).
        guardianError.setText(getTranslation(e.messageKey(), e.arguments()));
    }

    /**
     * The order in which the guardians are contacted (the trainer's roster shows the first one who may be contacted):
     * the rank, and buttons to move a guardian up or down, reachable with Tab and named for screen readers.
     */
    private void addContactOrderColumn() {
        guardianGrid.addComponentColumn(entry -> {
            int index = guardianEntries.indexOf(entry);
            Span rank = new Span(String.valueOf(index + 1));
            rank.getElement().setAttribute("aria-hidden", "true");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(entry, -1));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            up.setAriaLabel(getTranslation("people.link.moveUp", entry.name(), index + 1));
            up.setEnabled(index > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(entry, 1));
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            down.setAriaLabel(getTranslation("people.link.moveDown", entry.name(), index + 1));
            down.setEnabled(index < guardianEntries.size() - 1);
            HorizontalLayout cell = new HorizontalLayout(rank, up, down);
            cell.setSpacing(false);
            cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            return cell;
        }).setHeader(getTranslation("people.link.contactOrder")).setKey("contactOrder").setAutoWidth(true).setFlexGrow(0);
    }

    /** Moves a guardian one place up ({@code -1}) or down ({@code 1}) in the contact order; saved with the pupil. */
    void move(GuardianEntry entry, int delta) {
        int from = guardianEntries.indexOf(entry);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= guardianEntries.size()) {
            return;
        }
        guardianEntries.remove(from);
        guardianEntries.add(to, entry);
        refreshGuardians();
    }
}
