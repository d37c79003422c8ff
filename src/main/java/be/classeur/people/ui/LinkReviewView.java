package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkReviewRow;
import be.classeur.people.PersonLocations;
import be.classeur.people.domain.Relationship;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;

/**
 * The links an administrator must review since representatives and contacts were told apart: each old "other" link is
 * now a contact only, and stays on this list until the administrator says what it is (a parent or legal guardian may
 * act for the child; a contact never does). Loaded page by page. Reached from the guardian list.
 */
@Route(PersonLocations.LINK_REVIEW)
@RolesAllowed(Roles.ADMIN)
public class LinkReviewView extends VerticalLayout implements HasDynamicTitle {
    final Grid<LinkReviewRow> grid = new Grid<>(LinkReviewRow.class, false);
    /** The relationship chosen on each row (link id), kept while the grid pages. */
    final Map<Long, Relationship> chosen = new HashMap<>();
    /** The "confirm" button of each row shown (link id), for tests. */
    final Map<Long, Button> confirmButtons = new HashMap<>();

    private final transient GuardianService guardians;

    public LinkReviewView(GuardianService guardians) {
        this.guardians = guardians;
        setSizeFull();
        add(new H2(getTranslation("people.linkReview.title")), new Paragraph(getTranslation("people.linkReview.intro")));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Lit escapes ${...} values: names are rendered as text inside keyboard-reachable links.
        grid.addColumn(LitRenderer.<LinkReviewRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> PersonLocations.detail(DataSubjectRef.pupil(r.pupilId())))
                        .withProperty("name", LinkReviewRow::pupilName))
                .setHeader(getTranslation("people.linkReview.pupil")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> Formats.date(row.pupilBirthDate())).setHeader(getTranslation("people.pupil.field.birthDate"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<LinkReviewRow>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", r -> PersonLocations.detail(DataSubjectRef.guardian(r.guardianId())))
                        .withProperty("name", LinkReviewRow::guardianName))
                .setHeader(getTranslation("people.linkReview.guardian")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> getTranslation(row.pupilHasRepresentative()
                        ? "people.linkReview.hasRepresentative" : "people.linkReview.noRepresentative"))
                .setHeader(getTranslation("people.linkReview.representative")).setAutoWidth(true);
        grid.addComponentColumn(this::decision).setHeader(getTranslation("people.link.relationship")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("people.linkReview.empty"));
        grid.setItems(query -> guardians.linksToReview(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(grid);
    }

    private HorizontalLayout decision(LinkReviewRow row) {
        Select<Relationship> choice = new Select<>();
        RelationshipChoices.configure(choice, false);
        choice.setValue(chosen.getOrDefault(row.linkId(), row.relationship()));
        choice.setAriaLabel(getTranslation("people.link.relationship") + " · " + row.pupilName() + " · " + row.guardianName());
        choice.addValueChangeListener(e -> chosen.put(row.linkId(), e.getValue()));
        Button confirm = OneClick.button(getTranslation("people.linkReview.confirm"), e -> {
            Relationship relationship = chosen.getOrDefault(row.linkId(), choice.getValue());
            if (UserActions.attempt(() -> guardians.reviewLink(row.linkId(), relationship), null, "people.linkReview.done")) {
                chosen.remove(row.linkId());
                grid.getDataProvider().refreshAll();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        confirm.setAriaLabel(getTranslation("people.linkReview.confirm") + " · " + row.pupilName() + " · " + row.guardianName());
        confirmButtons.put(row.linkId(), confirm);
        HorizontalLayout cell = new HorizontalLayout(choice, confirm);
        cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.linkReview.title");
    }
}
