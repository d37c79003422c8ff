package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.people.PersonLocations;
import be.classeur.kernel.PersonKind;
import be.classeur.privacy.ChildInterestRow;
import be.classeur.privacy.ChildInterestService;
import be.classeur.privacy.CoveredPerson;
import be.classeur.privacy.CoveredSubject;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.domain.ChildInterestDecision;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Personnes concernées": who the request covers (the requester and the children a guardian asks for), with what
 * identifies each in their record and a link to it. A match proposed at intake counts only once the privacy officer
 * confirms it; a wrong proposal can be removed before that. A request whose requester was not found can be linked to
 * a person later, from the same suggestions. For a child of 13 or over a guardian asks for, the section reminds the
 * officer to weigh the child's own interests before the full export and records the decision. Every value is shown
 * as text.
 */
public class CoveredPeopleSection extends VerticalLayout {
    private final java.util.Map<be.classeur.kernel.DataSubjectRef, String> names = new java.util.HashMap<>();
    /** Per covered row (subject id): its confirm and remove buttons, for tests and the page. */
    final Map<Long, Button> confirmButtons = new LinkedHashMap<>();
    final Map<Long, Button> removeButtons = new LinkedHashMap<>();
    final Map<Long, HorizontalLayout> rows = new LinkedHashMap<>();
    final Paragraph notFound = new Paragraph();
    final ComboBox<PersonSuggestion> search = new ComboBox<>();
    final CheckboxGroup<PersonSuggestion> children = new CheckboxGroup<>();
    final Button link = new Button();
    /** When linking: the officer's confirmation, per chosen child without a recorded birth date, that they are a minor. */
    final CheckboxGroup<PersonSuggestion> minorChecked = new CheckboxGroup<>();
    /** Per child of 13 or over (subject id): the reminder, and the decision's choice, note and button. */
    final Map<Long, Paragraph> interestReminders = new LinkedHashMap<>();
    final Map<Long, Select<ChildInterestDecision>> interestChoices = new LinkedHashMap<>();
    final Map<Long, TextArea> interestNotes = new LinkedHashMap<>();
    final Map<Long, Button> interestButtons = new LinkedHashMap<>();

    private final transient RequestIntakeService intake;
    private final transient ChildInterestService childInterests;
    private final Runnable onChange;
    private RequestDetail current;

    /** {@code onChange} reloads the page after a match is confirmed, removed or linked. */
    public CoveredPeopleSection(RequestIntakeService intake, ChildInterestService childInterests, Runnable onChange) {
        this.intake = intake;
        this.childInterests = childInterests;
        this.onChange = onChange;
        setPadding(false);
        addClassName("classeur-section");
        // Listeners are registered once; showFor() only updates what they act on.
        search.setLabel(getTranslation("privacy.subjects.search"));
        search.setHelperText(getTranslation("privacy.request.field.person.help"));
        search.setItems(query -> intake.suggestPeople(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        search.setItemLabelGenerator(PrivacyTexts::suggestion);
        search.setClearButtonVisible(true);
        search.setWidth("min(36rem, 100%)");
        search.addValueChangeListener(e -> {
            PersonSuggestion chosen = e.getValue();
            List<PersonSuggestion> linked = chosen != null && chosen.ref().kind() == PersonKind.GUARDIAN
                    ? intake.childrenOf(chosen.ref().id()) : List.of();
            children.clear();
            children.setItems(linked);
            children.setVisible(!linked.isEmpty());
        });
        children.setLabel(getTranslation("privacy.request.field.represented"));
        children.setItemLabelGenerator(c -> c.ageUnknown()
                ? getTranslation("privacy.request.represented.ageUnknown", c.name()) : c.name());
        children.setVisible(false);
        children.addValueChangeListener(e -> {
            List<PersonSuggestion> unknown = e.getValue().stream().filter(PersonSuggestion::ageUnknown).toList();
            minorChecked.setItems(unknown);
            minorChecked.setVisible(!unknown.isEmpty());
        });
        minorChecked.setLabel(getTranslation("privacy.request.field.minorChecked"));
        minorChecked.setHelperText(getTranslation("privacy.request.field.minorChecked.help"));
        minorChecked.setItemLabelGenerator(c -> getTranslation("privacy.request.minorChecked.item", c.name()));
        minorChecked.setRequiredIndicatorVisible(true);
        minorChecked.setVisible(false);
        link.setText(getTranslation("privacy.subjects.link"));
        link.setIcon(VaadinIcon.LINK.create());
        OneClick.onClick(link, e -> linkRequester());
    }

    /** The names of the people the request covers, as last shown: the history names them too. */
    java.util.Map<be.classeur.kernel.DataSubjectRef, String> names() {
        return java.util.Map.copyOf(names);
    }

    /** Shows the covered people of the request; returns this section for the page to add. */
    public CoveredPeopleSection showFor(RequestDetail detail) {
        removeAll();
        confirmButtons.clear();
        removeButtons.clear();
        rows.clear();
        interestReminders.clear();
        interestChoices.clear();
        interestNotes.clear();
        interestButtons.clear();
        current = detail;
        add(new H3(getTranslation("privacy.subjects.title")));
        boolean editable = detail.status() != RequestStatus.CLOSED;
        names.clear();
        for (CoveredPerson person : intake.coveredPeople(detail.id())) {
            names.put(person.subject().ref(), person.name());
            add(row(person, editable));
        }
        for (ChildInterestRow child : childInterests.childrenToWeigh(detail.id())) {
            add(childInterest(child, editable));
        }
        boolean unknown = detail.requester() == null;
        notFound.setText(getTranslation("privacy.subjects.notFound"));
        notFound.setVisible(unknown);
        add(notFound);
        if (unknown && editable) {
            search.clear();
            children.clear();
            children.setVisible(false);
            minorChecked.clear();
            minorChecked.setVisible(false);
            HorizontalLayout linking = new HorizontalLayout(search, link);
            linking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            linking.setWrap(true);
            add(linking, children, minorChecked);
        }
        return this;
    }

    private HorizontalLayout row(CoveredPerson person, boolean editable) {
        CoveredSubject subject = person.subject();
        long id = subject.subjectId();
        // Role and kind in words: a database number means nothing to the officer.
        Span who = new Span(Labels.of(subject.role()) + " · "
                + Labels.of(subject.ref().kind()));
        Span name = new Span(person.name());
        name.getStyle().set("font-weight", "600");
        HorizontalLayout row = new HorizontalLayout(who, name);
        if (person.birthDate() != null) {
            row.add(new Span(getTranslation("privacy.subjects.birthDate", Formats.date(person.birthDate()))));
        }
        if (person.email() != null) {
            row.add(new Span(person.email()));
        }
        if (person.phone() != null) {
            row.add(new Span(person.phone()));
        }
        row.add(new Anchor(PersonLocations.detail(subject.ref()), getTranslation("privacy.subjects.openRecord")));
        Span state = new Span(subject.confirmed()
                ? getTranslation("privacy.subjects.confirmedBy", subject.matchConfirmedBy(),
                        Formats.DATE_TIME.format(subject.matchConfirmedAt()))
                : getTranslation("privacy.subjects.unconfirmed"));
        state.getElement().getThemeList().add(subject.confirmed() ? "badge success" : "badge contrast");
        row.add(state);
        if (!subject.confirmed() && editable) {
            Button confirm = OneClick.button(getTranslation("privacy.subjects.confirm"), VaadinIcon.CHECK.create(),
                    e -> act(() -> intake.confirmMatch(current.id(), id), "privacy.subjects.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button remove = new Button(getTranslation("privacy.subjects.remove"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> Confirmations.confirm("privacy.subjects.remove", "privacy.subjects.remove.confirm",
                            "privacy.subjects.remove",
                            () -> act(() -> intake.removeMatch(current.id(), id), "privacy.subjects.removed"),
                            person.name()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            confirmButtons.put(id, confirm);
            removeButtons.put(id, remove);
            row.add(confirm, remove);
        }
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("classeur-covered-person");
        rows.put(id, row);
        return row;
    }

    private void linkRequester() {
        PersonSuggestion chosen = search.getValue();
        if (chosen == null) {
            search.setInvalid(true);
            search.setErrorMessage(getTranslation("privacy.subjects.error.chooseSomeone"));
            return;
        }
        List<Long> represented = children.isVisible()
                ? children.getValue().stream().map(c -> c.ref().id()).sorted().toList() : List.of();
        List<PersonSuggestion> toCheck = children.isVisible()
                ? children.getValue().stream().filter(PersonSuggestion::ageUnknown).toList() : List.of();
        if (!minorChecked.getValue().containsAll(toCheck)) {
            minorChecked.setInvalid(true);
            minorChecked.setErrorMessage(getTranslation("privacy.request.minorChecked.required"));
            return;
        }
        List<Long> checked = toCheck.stream().map(c -> c.ref().id()).sorted().toList();
        act(() -> intake.linkRequester(current.id(), chosen.ref(), represented, checked), "privacy.subjects.linked");
    }

    /**
     * A child of 13 or over (or of unknown age) a guardian asks for: the reminder to weigh the child's own interests
     * before giving the guardian the full export, the decision once taken, and the form to record it.
     */
    private VerticalLayout childInterest(ChildInterestRow child, boolean editable) {
        long id = child.subjectId();
        Paragraph reminder = new Paragraph(child.ageOnReceipt() == null
                ? getTranslation("privacy.childInterest.reminder.ageUnknown", child.name())
                : getTranslation("privacy.childInterest.reminder", child.name(), child.ageOnReceipt()));
        reminder.getElement().setAttribute("role", "note");
        interestReminders.put(id, reminder);
        VerticalLayout box = new VerticalLayout(reminder);
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("classeur-child-interest");
        Span state = new Span(child.decided()
                ? getTranslation("privacy.childInterest.decided", Labels.of(child.decision()),
                        child.decidedBy(), Formats.DATE_TIME.format(child.decidedAt()))
                : getTranslation("privacy.childInterest.undecided"));
        state.getElement().getThemeList().add(child.decided() ? "badge success" : "badge error");
        box.add(state);
        if (child.decided() && child.note() != null) {
            box.add(new Paragraph(getTranslation("privacy.childInterest.noteShown", child.note())));
        }
        if (editable) {
            Select<ChildInterestDecision> choice = new Select<>();
            choice.setLabel(getTranslation("privacy.childInterest.choice", child.name()));
            choice.setItems(ChildInterestDecision.values());
            choice.setItemLabelGenerator(d -> d == null ? "" : Labels.of(d));
            choice.setValue(child.decision());
            choice.setWidth("min(100%, 28em)"); // the label names the child and the options are sentences
            TextArea note = new TextArea(getTranslation("privacy.childInterest.note"));
            note.setMaxLength(1000);
            note.setWidth("min(36rem, 100%)");
            note.setRequiredIndicatorVisible(true);
            Button record = OneClick.button(getTranslation("privacy.childInterest.record"), VaadinIcon.SCALE.create(),
                    e -> act(() -> childInterests.decide(current.id(), id, choice.getValue(), note.getValue()),
                            "privacy.childInterest.recorded"));
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            interestChoices.put(id, choice);
            interestNotes.put(id, note);
            interestButtons.put(id, record);
            HorizontalLayout form = new HorizontalLayout(choice, note, record);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            box.add(form);
        }
        return box;
    }

    private void act(Runnable action, String doneKey) {
        // After a refusal the page stays as it is, keeping what the user entered.
        if (UserActions.attempt(action, onChange, doneKey)) {
            onChange.run();
        }
    }
}
