package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilLinkDraft;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Relationship;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or edits a guardian with the pupils they are responsible for. Fields are validated as the user types
 * (Bean Validation on the entity, through the binder); the last-guardian-of-a-minor rule and the optimistic lock
 * are checked by the service.
 */
class GuardianForm extends Dialog {
    /** A pupil in the form's list; the relationship can be changed in place. */
    static final class PupilEntry {
        final long pupilId;
        final String name;
        Relationship relationship;

        PupilEntry(long pupilId, String name, Relationship relationship) {
            this.pupilId = pupilId;
            this.name = name;
            this.relationship = relationship;
        }

        PupilLinkDraft draft() {
            return new PupilLinkDraft(pupilId, relationship);
        }
    }

    private final transient GuardianService guardians;
    private final transient Consumer<Guardian> onSaved;
    private final BeanValidationBinder<Guardian> binder = new BeanValidationBinder<>(Guardian.class);
    private Guardian guardian;
    /** Set in rectification mode: saving rectifies the guardian's own fields for this rights request. */
    private transient RectificationService rectifications;
    private Long rectificationRequestId;

    final PersonFields<Guardian> person;

    final List<PupilEntry> pupilEntries = new ArrayList<>();
    final Grid<PupilEntry> pupilGrid = new Grid<>();
    final ComboBox<PupilRow> pupilPicker = new ComboBox<>();
    final Select<Relationship> relationship = new Select<>();
    final Button addPupil = new Button();
    final Span pupilError = new Span();

    final VerticalLayout pupilsSection;
    final Button save = new Button();
    final Button cancel = new Button();

    GuardianForm(GuardianService guardians, PupilService pupils, Guardian guardian, List<LinkRow> links,
                 Consumer<Guardian> onSaved) {
        this.guardians = guardians;
        this.onSaved = onSaved;
        this.guardian = guardian;
        setHeaderTitle(getTranslation(guardian.getId() == null ? "people.guardian.new" : "people.guardian.edit"));
        setWidth("min(60rem, 100vw)");
        setCloseOnOutsideClick(false);
        addClassName("classeur-form-dialog");

        person = new PersonFields<>(binder);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.add(person.identity());
        form.add(person.contact());
        form.add(person.notes, 2);

        links.forEach(l -> pupilEntries.add(new PupilEntry(l.pupilId(), l.pupilName(), l.relationship())));
        pupilsSection = pupilsSection(pupils);
        VerticalLayout content = new VerticalLayout(form, pupilsSection);
        content.setPadding(false);
        add(content);

        save.setText(getTranslation("ui.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OneClick.onClick(save, e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        cancel.setText(getTranslation("ui.action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);

        binder.readBean(guardian);
        if (guardian.isAnonymised()) {
            AnonymisedNotice.onForm(this, binder, save, guardian);
        }
    }

    /** Switches the form to rectification for a rights request: the guardian's own fields only, not the links. */
    GuardianForm rectifying(RectificationService service, long requestId) {
        this.rectifications = service;
        this.rectificationRequestId = requestId;
        setHeaderTitle(getTranslation("people.rectification.title", String.valueOf(requestId)));
        pupilsSection.setVisible(false);
        return this;
    }

    private VerticalLayout pupilsSection(PupilService pupils) {
        H3 title = new H3(getTranslation("people.guardian.pupils"));
        pupilGrid.addColumn(e -> e.name).setHeader(getTranslation("people.field.name")).setFlexGrow(1);
        pupilGrid.addComponentColumn(entry -> {
            Select<Relationship> choice = new Select<>();
            RelationshipChoices.configure(choice, false);
            choice.setValue(entry.relationship);
            choice.setAriaLabel(getTranslation("people.link.relationship") + " · " + entry.name);
            choice.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    entry.relationship = change.getValue();
                }
            });
            return choice;
        }).setHeader(getTranslation("people.link.relationship")).setAutoWidth(true);
        pupilGrid.addComponentColumn(entry -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                pupilEntries.remove(entry);
                refreshPupils();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("people.link.remove", entry.name));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        pupilGrid.setAllRowsVisible(true);
        pupilGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        pupilGrid.setEmptyStateText(getTranslation("people.guardian.pupils.empty"));

        pupilPicker.setLabel(getTranslation("people.guardian.link.existingPupil"));
        pupilPicker.setItems(query -> pupils.search(new PupilFilter(query.getFilter().orElse(null), null, null, ArchiveFilter.ACTIVE),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        pupilPicker.setItemLabelGenerator(p -> p.lastName() + ", " + p.firstName()
                + (p.birthDate() == null ? "" : " · " + Formats.date(p.birthDate()))
                + (p.schoolYear() == null ? "" : " · " + Labels.schoolYear(p.schoolYear())));
        pupilPicker.setWidth("22rem");
        relationship.setLabel(getTranslation("people.link.relationship"));
        RelationshipChoices.configure(relationship, true);
        relationship.setValue(Relationship.MOTHER);
        addPupil.setText(getTranslation("people.link.add"));
        addPupil.setIcon(VaadinIcon.PLUS.create());
        addPupil.addClickListener(e -> addExistingPupil());
        HorizontalLayout adder = new HorizontalLayout(pupilPicker, relationship, addPupil);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adder.setWrap(true);
        pupilError.addClassName("classeur-error-text");
        pupilError.getElement().setAttribute("role", "alert");
        refreshPupils();
        VerticalLayout section = new VerticalLayout(title, pupilGrid, adder, pupilError);
        section.setPadding(false);
        return section;
    }

    void addExistingPupil() {
        PupilRow picked = pupilPicker.getValue();
        if (picked == null) {
            pupilPicker.setInvalid(true);
            pupilPicker.setErrorMessage(getTranslation("people.guardian.link.pickPupil"));
            return;
        }
        pupilPicker.setInvalid(false);
        boolean already = pupilEntries.stream().anyMatch(e -> e.pupilId == picked.id());
        if (!already) {
            pupilEntries.add(new PupilEntry(picked.id(), picked.firstName() + " " + picked.lastName(),
                    relationship.getValue() == null ? Relationship.OTHER_CONTACT : relationship.getValue()));
        }
        pupilPicker.clear();
        refreshPupils();
    }

    private void refreshPupils() {
        pupilGrid.setItems(pupilEntries);
        pupilError.setText("");
    }

    void save() {
        try {
            binder.writeBean(guardian);
        } catch (ValidationException e) {
            Notifications.error("validation.form.invalid");
            return;
        }
        UserActions.attempt(() -> {
            try {
                store();
            } catch (BusinessRuleException e) {
                // Said beside the links too: the rules broken here are about them (a minor needs a guardian).
                pupilError.setText(getTranslation(e.messageKey(), e.arguments()));
                throw e;
            }
        }, this::reload);
    }

    private void store() {
        if (rectifications != null) {
            List<String> changed = rectifications.rectify(guardian, rectificationRequestId);
            Notifications.success("people.rectification.saved", String.valueOf(rectificationRequestId), changed.size());
            close();
            onSaved.accept(guardian);
            return;
        }
        Guardian saved = guardians.save(guardian, pupilEntries.stream().map(PupilEntry::draft).toList());
        Notifications.success("people.guardian.saved", saved.fullName());
        close();
        onSaved.accept(saved);
    }

    /** Drops this form's changes and shows the record as it is now stored. */
    void reload() {
        if (rectifications != null) {
            guardian = (Guardian) rectifications.forRectification(DataSubjectRef.guardian(guardian.getId()));
            binder.readBean(guardian);
            return;
        }
        guardian = guardians.forEdit(guardian.getId());
        pupilEntries.clear();
        guardians.pupilsOf(guardian.getId()).forEach(l -> pupilEntries.add(
                new PupilEntry(l.pupilId(), l.pupilName(), l.relationship())));
        refreshPupils();
        binder.readBean(guardian);
    }
}
