package be.classeur.consent.ui;

import be.classeur.consent.ConsentLedger;
import be.classeur.consent.ConsentLocations;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonLocations;
import be.classeur.ui.components.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import be.classeur.ui.components.FilterChip;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consents per purpose: how many people's current choices are granted, refused or withdrawn (count queries),
 * then, for the chosen purpose and status, the people (lazy grid, paged in SQL), each linking to their page.
 */
@Route(ConsentLocations.CONSENTS)
@Menu(order = 8.5, title = "consent.view.title", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class ConsentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** One line of the counts: a purpose and its people per status. */
    record PurposeCounts(String purpose, long granted, long refused, long withdrawn) {
    }

    final Grid<PurposeCounts> counts = new Grid<>(PurposeCounts.class, false);
    final Select<String> purpose = new Select<>();
    final Select<ConsentStatus> status = new Select<>();
    final Grid<ConsentLedger.PersonWithStatus> people = new Grid<>(ConsentLedger.PersonWithStatus.class, false);

    private final transient ConsentLedger ledger;

    public ConsentsView(ConsentLedger ledger) {
        this.ledger = ledger;
        add(new H2(getTranslation("consent.view.title")), new Paragraph(getTranslation("consent.view.intro")));
        List<PurposeCounts> lines = new ArrayList<>();
        for (Map.Entry<String, Map<ConsentStatus, Long>> e : ledger.countsByPurpose().entrySet()) {
            lines.add(new PurposeCounts(e.getKey(), e.getValue().get(ConsentStatus.GRANTED),
                    e.getValue().get(ConsentStatus.REFUSED), e.getValue().get(ConsentStatus.WITHDRAWN)));
        }
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.addColumn(c -> getTranslation("privacy.processing.purpose." + c.purpose()))
                .setHeader(getTranslation("consent.field.purpose")).setKey("purpose").setFlexGrow(1);
        counts.addColumn(PurposeCounts::granted).setHeader(Labels.of(ConsentStatus.GRANTED)).setKey("granted").setAutoWidth(true);
        counts.addColumn(PurposeCounts::refused).setHeader(Labels.of(ConsentStatus.REFUSED)).setKey("refused").setAutoWidth(true);
        counts.addColumn(PurposeCounts::withdrawn).setHeader(Labels.of(ConsentStatus.WITHDRAWN)).setKey("withdrawn").setAutoWidth(true);
        // One line per purpose of the register (a handful), from count queries: no person is loaded here.
        counts.setItems(lines);
        counts.setAllRowsVisible(true);
        counts.addItemClickListener(e -> purpose.setValue(e.getItem().purpose()));

        purpose.setLabel(getTranslation("consent.field.purpose"));
        purpose.setItems(ledger.purposes());
        purpose.setItemLabelGenerator(code -> getTranslation("privacy.processing.purpose." + code));
        status.setLabel(getTranslation("consent.field.status"));
        status.setItems(ConsentStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setValue(ConsentStatus.GRANTED);
        if (!lines.isEmpty()) {
            purpose.setValue(lines.getFirst().purpose());
        }
        people.addComponentColumn(p -> new Anchor(PersonLocations.detail(p.ref()), p.name()))
                .setHeader(getTranslation("consent.view.person")).setKey("name").setFlexGrow(1);
        people.addColumn(p -> getTranslation("consent.view.kind." + p.ref().kind().name()))
                .setHeader(getTranslation("consent.view.kind")).setKey("kind").setAutoWidth(true);
        people.setPageSize(50);
        purpose.addValueChangeListener(e -> showPeople());
        status.addValueChangeListener(e -> showPeople());
        showPeople();
        HorizontalLayout filters = new HorizontalLayout(purpose, status);
        // Wraps on a phone: a long purpose's name must not push the status select off the screen.
        filters.setWrap(true);
        filters.addClassName("consent-filters");
        add(counts, filters, people);
        setSizeFull();
    }

    /**
     * A link from the dashboard presets the purpose and status ({@link ConsentLocations#consents}); a purpose not in
     * the register or an unknown status is ignored (the page's default stays).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilterChip.parameter(event, ConsentLocations.PURPOSE).filter(code -> ledger.purposes().contains(code))
                .ifPresent(purpose::setValue);
        FilterChip.enumParameter(event, ConsentLocations.STATUS, ConsentStatus.class).ifPresent(status::setValue);
    }

    private void showPeople() {
        String code = purpose.getValue();
        ConsentStatus chosen = status.getValue();
        if (code == null || chosen == null) {
            people.setItems(List.of());
            return;
        }
        people.setItems(query -> ledger.peopleWith(code, chosen, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consent.view.title");
    }
}
