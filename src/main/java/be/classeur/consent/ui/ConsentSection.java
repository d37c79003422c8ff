package be.classeur.consent.ui;

import be.classeur.consent.ConsentEntry;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.PurposeState;
import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentGiver;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consents on a person's page: per purpose, whether the consent is in force and each giver's current choice
 * (for a pupil of 13 or more, the pupil's and the parents'), a one-click withdrawal (confirmed) of a granted consent,
 * a dialog to record a new choice, and the whole history, latest first (lazy).
 */
public class ConsentSection extends VerticalLayout {
    final VerticalLayout purposes = new VerticalLayout();
    final Button recordChoice = new Button();
    final List<Button> withdraw = new ArrayList<>();
    final Grid<ConsentEntry> history = new Grid<>(ConsentEntry.class, false);

    private final transient ConsentLedger ledger;
    private final DataSubjectRef person;

    public ConsentSection(ConsentLedger ledger, Clock clock, DataSubjectRef person) {
        this.ledger = ledger;
        this.person = person;
        setPadding(false);
        addClassName("classeur-section");
        setId("consents");
        add(new H3(getTranslation("consent.section.title")));
        purposes.setPadding(false);
        purposes.setSpacing(false);
        recordChoice.setText(getTranslation("consent.section.record"));
        recordChoice.setIcon(VaadinIcon.PLUS.create());
        recordChoice.addClickListener(e -> new RecordChoiceDialog(ledger, clock, person, this::refresh).open());
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        history.addColumn(e -> Formats.date(e.when())).setHeader(getTranslation("consent.field.when")).setKey("when").setAutoWidth(true);
        history.addColumn(e -> getTranslation(e.purposeKey())).setHeader(getTranslation("consent.field.purpose")).setKey("purpose").setAutoWidth(true);
        history.addColumn(e -> Labels.of(e.status())).setHeader(getTranslation("consent.field.status")).setKey("status").setAutoWidth(true);
        history.addColumn(this::giver).setHeader(getTranslation("consent.field.givenBy")).setKey("givenBy").setAutoWidth(true);
        history.addColumn(e -> Labels.of(e.channel()) + (e.requestId() == null ? "" : " " + getTranslation("consent.section.requestNo", e.requestId())))
                .setHeader(getTranslation("consent.field.channel")).setKey("channel").setAutoWidth(true);
        history.addColumn(ConsentEntry::policyVersion).setHeader(getTranslation("consent.field.policyVersion")).setKey("policy").setAutoWidth(true);
        history.addColumn(e -> e.evidenceNote() == null ? "" : e.evidenceNote()).setHeader(getTranslation("consent.field.evidence"))
                .setKey("evidence").setFlexGrow(1);
        history.setAllRowsVisible(true);
        history.setPageSize(20);
        history.setItems(query -> ledger.history(person, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(purposes, recordChoice, new H4(getTranslation("consent.section.history")), history);
        refresh();
    }

    /** Shows the current state again (after a choice or a withdrawal). */
    void refresh() {
        purposes.removeAll();
        withdraw.clear();
        for (PurposeState state : ledger.current(person)) {
            HorizontalLayout line = new HorizontalLayout();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
            line.addClassName("consent-purpose");
            Span name = new Span(getTranslation(state.purposeKey()));
            name.getStyle().set("font-weight", "600");
            Span badge = new Span(getTranslation(state.current().isEmpty() ? "consent.state.none"
                    : state.inForce() ? "consent.state.inForce" : "consent.state.notInForce"));
            badge.getElement().getThemeList().add(state.inForce() ? "badge success" : "badge contrast");
            String choices = state.current().stream()
                    .map(e -> getTranslation("consent.section.choice", Labels.of(e.status()), giver(e), Formats.date(e.when())))
                    .collect(Collectors.joining(" · "));
            line.add(name, badge, new Span(choices));
            if (state.current().stream().anyMatch(e -> e.status() == ConsentStatus.GRANTED)) {
                Button button = new Button(getTranslation("consent.section.withdraw"), VaadinIcon.BAN.create());
                button.addClickListener(e -> Confirmations.confirm("consent.withdraw.title", "consent.withdraw.text",
                        "consent.withdraw.do", () -> withdraw(state.purpose()), getTranslation(state.purposeKey())));
                withdraw.add(button);
                line.add(button);
            }
            purposes.add(line);
        }
        if (purposes.getComponentCount() == 0) {
            purposes.add(new Paragraph(getTranslation("consent.section.noPurpose")));
        }
        history.getDataProvider().refreshAll();
    }

    private void withdraw(String purpose) {
        UserActions.attempt(() -> ledger.withdraw(person, purpose, ConsentChannel.IN_PERSON, null, null, null), null,
                "consent.withdraw.done");
        refresh();
    }

    private String giver(ConsentEntry e) {
        if (e.givenBy() == ConsentGiver.SELF) {
            return getTranslation("consent.giver.SELF");
        }
        String name = e.guardianName() == null ? getTranslation("consent.section.guardianNo", e.guardianId()) : e.guardianName();
        return e.guardianRelationship() == null ? name : name + " (" + Labels.of(e.guardianRelationship()) + ")";
    }
}
