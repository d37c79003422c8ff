package be.classeur.people.ui;

import be.classeur.ui.components.Labels;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonRow;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilLinkDraft;
import be.classeur.people.PupilRow;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Relationship;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or edits a guardian with the pupils they are responsible for. Fields are validated as the user types
 * (Bean Validation on the entity, through the binder); the last-guardian-of-a-minor rule and the optimistic lock
 * are checked by the service.
 */
class GuardianForm extends PersonForm<Guardian> {
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

    final List<PupilEntry> pupilEntries = new ArrayList<>();
    final Grid<PupilEntry> pupilGrid = new Grid<>();
    final ComboBox<PupilRow> pupilPicker = new ComboBox<>();
    final Select<Relationship> relationship = new Select<>();
    final Button addPupil = new Button();
    final Span pupilError = new Span();

    final VerticalLayout pupilsSection;

    GuardianForm(GuardianService guardians, PupilService pupils, Guardian guardian, List<LinkRow> links,
                 Consumer<Guardian> onSaved) {
        super(Guardian.class, guardian, onSaved, "people.guardian.new", "people.guardian.edit", "people.guardian.saved",
                DataSubjectRef::guardian, guardians::forEdit);
        this.guardians = guardians;
        links.forEach(l -> pupilEntries.add(new PupilEntry(l.pupilId(), l.pupilName(), l.relationship())));
        pupilsSection = pupilsSection(pupils);
        layOut(form -> { }, pupilsSection);
    }

    /** Switches the form to rectification for a rights request: the guardian's own fields only, not the links. */
    GuardianForm rectifying(RectificationService service, long requestId) {
        startRectifying(service, requestId);
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
        finishLinkGrid(pupilGrid, entry -> entry.name, entry -> {
            pupilEntries.remove(entry);
            refreshPupils();
        }, () -> { }, "people.guardian.pupils.empty");

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
        refreshPupils();
        return linkSection(title, pupilGrid, pupilError, pupilPicker, relationship, addPupil);
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

    /**
     * Warns when another guardian has the same name and the same e-mail or phone: likely the same person, whose
     * record the user may open instead of saving a second one.
     */
    @Override
    void beforeStoring(Runnable store) {
        List<PersonRow> same = isRectifying() ? List.of() : guardians.samePerson(entity);
        if (same.isEmpty()) {
            store.run();
        } else {
            warnSamePerson(same, store);
        }
    }

    ConfirmDialog warnSamePerson(List<PersonRow> same, Runnable store) {
        PersonRow existing = same.getFirst();
        String described = same.stream().map(row -> row.firstName() + " " + row.lastName()
                        + Stream.of(row.email(), row.phone()).filter(f -> f != null && !f.isBlank())
                        .map(f -> " · " + f).collect(Collectors.joining()))
                .collect(Collectors.joining(" ; "));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("people.guardian.duplicate.title"));
        dialog.setText(getTranslation("people.guardian.duplicate.text", described));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ui.action.cancel"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("people.guardian.duplicate.open"));
        dialog.setConfirmText(getTranslation("people.guardian.duplicate.save"));
        boolean[] answered = {false}; // a second confirm sent while the dialog closes must not save twice
        dialog.addConfirmListener(confirm -> {
            if (!answered[0]) {
                answered[0] = true;
                store.run();
            }
        });
        dialog.addRejectListener(reject -> {
            if (!answered[0]) {
                answered[0] = true;
                UI ui = UI.getCurrent();
                close();
                ui.navigate(GuardianDetailView.class, existing.id());
            }
        });
        dialog.open();
        return dialog;
    }

    @Override
    Guardian saveOwn(Guardian edited) {
        return guardians.save(edited, pupilEntries.stream().map(PupilEntry::draft).toList());
    }

    @Override
    void reloaded(Guardian stored, boolean rectifying) {
        if (rectifying) {
            return;
        }
        pupilEntries.clear();
        guardians.pupilsOf(stored.getId()).forEach(l -> pupilEntries.add(
                new PupilEntry(l.pupilId(), l.pupilName(), l.relationship())));
        refreshPupils();
    }

    @Override
    void refused(BusinessRuleException e) {
        // Said beside the links too: the rules broken here are about them (a minor needs a guardian).
        pupilError.setText(getTranslation(e.messageKey(), e.arguments()));
    }
}
