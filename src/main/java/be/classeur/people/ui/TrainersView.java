package be.classeur.people.ui;

import be.classeur.kernel.Roles;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.TrainerService;
import be.classeur.people.PersonFilter;
import be.classeur.people.PersonRow;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** The trainer list: searchable, filterable on archive state, loaded from the database page by page. */
@Route("trainers")
@Menu(order = 3, title = "people.trainers.title", icon = "vaadin:user-star")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainersView extends VerticalLayout implements HasDynamicTitle {
    final TextField search = new TextField();
    final Select<ArchiveFilter> archive = new Select<>();
    final Button create = new Button();
    final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);

    private final transient TrainerService trainers;
    private final transient TrainerFormFactory forms;

    public TrainersView(TrainerService trainers, TrainerFormFactory forms) {
        this.trainers = trainers;
        this.forms = forms;
        setSizeFull();
        add(toolbar(), grid);
        configureGrid();
    }

    private HorizontalLayout toolbar() {
        search.setLabel(getTranslation("people.filter.search"));
        search.setPlaceholder(getTranslation("people.filter.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        archive.setLabel(getTranslation("people.filter.archive"));
        archive.setItems(Arrays.asList(ArchiveFilter.values()));
        archive.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        archive.setValue(ArchiveFilter.ACTIVE);
        archive.addValueChangeListener(e -> refresh());

        create.setText(getTranslation("people.trainer.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> forms.openNew(saved -> {
            refresh();
            getUI().ifPresent(ui -> ui.navigate(TrainerDetailView.class, saved.getId()));
        }));
        create.setVisible(PeopleViews.canWrite());

        HorizontalLayout toolbar = new HorizontalLayout(search, archive, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.addClassName("classeur-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Lit escapes ${...} values, so names are rendered as text inside a keyboard-reachable link.
        grid.addColumn(LitRenderer.<PersonRow>of("<a href=\"trainers/${item.id}\">${item.name}</a>")
                        .withProperty("id", PersonRow::id)
                        .withProperty("name", row -> row.lastName() + ", " + row.firstName()))
                .setHeader(getTranslation("people.field.name")).setKey("lastName").setSortProperty("lastName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("people.field.email")).setKey("email").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(PersonRow::phone).setHeader(getTranslation("people.field.phone")).setKey("phone").setSortProperty("phone").setAutoWidth(true);
        grid.addColumn(PersonRow::city).setHeader(getTranslation("people.field.city")).setKey("city").setSortProperty("city").setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.lastContactDate())).setHeader(getTranslation("people.field.lastContactDate"))
                .setKey("lastContactDate").setSortProperty("lastContactDate").setAutoWidth(true);
        grid.addColumn(row -> row.archived() ? getTranslation("people.archived") : "")
                .setHeader(getTranslation("people.trainer.field.status")).setKey("archived").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("people.trainers.empty"));
        grid.setItems(query -> trainers.search(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TrainerDetailView.class, e.getItem().id())));
    }

    PersonFilter currentFilter() {
        return new PersonFilter(search.getValue(), archive.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.trainers.title");
    }
}
