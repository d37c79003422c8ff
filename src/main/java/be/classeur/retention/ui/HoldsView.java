package be.classeur.retention.ui;

import be.classeur.kernel.Roles;
import be.classeur.people.PersonLocations;
import be.classeur.retention.HoldInForceRow;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.RetentionLocations;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Every legal hold in force today (art. 17(3)(e)): whose, why, until when, placed by whom. The rows the dashboard's
 * figure counts ({@link LegalHoldService#countActive()}), lazy from the database; each person links to their page,
 * where the officer lifts the hold. Administrators read it as they read a person's holds.
 */
@Route(RetentionLocations.HOLDS)
@RolesAllowed({Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class HoldsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<HoldInForceRow> grid = new Grid<>(HoldInForceRow.class, false);

    public HoldsView(LegalHoldService holds) {
        setSizeFull();
        add(new H2(getTranslation("lists.holds.title")), new Paragraph(getTranslation("lists.holds.intro")));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        // The kind first, as on the purge list: the grid's first cell is its keyboard entry (tabindex 0), and a link
        // covering it leaves a focus target too small to click (axe target-size).
        grid.addColumn(row -> Labels.of(row.person().kind())).setHeader(getTranslation("lists.holds.column.kind"))
                .setKey("kind").setSortProperty("personKind").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(row -> new Anchor(PersonLocations.detail(row.person()), row.name()))
                .setHeader(getTranslation("lists.holds.column.person")).setKey("person").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(HoldInForceRow::reason).setHeader(getTranslation("lists.holds.column.reason"))
                .setKey("reason").setTooltipGenerator(HoldInForceRow::reason).setFlexGrow(2);
        grid.addColumn(row -> row.until() == null ? getTranslation("lists.holds.noEnd") : Formats.date(row.until()))
                .setHeader(getTranslation("lists.holds.column.until")).setKey("until").setSortProperty("untilDate")
                .setWidth("11rem").setFlexGrow(0);
        Grid.Column<HoldInForceRow> placed = grid.addColumn(row -> getTranslation("lists.holds.placedBy",
                        Formats.DATE_TIME.format(row.placedAt()), row.placedBy()))
                .setHeader(getTranslation("lists.holds.column.placed")).setKey("placed").setSortProperty("placedAt")
                .setWidth("17rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("lists.holds.empty"));
        grid.setItems(query -> holds.inForce(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(placed, SortDirection.DESCENDING)));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lists.holds.title");
    }
}
