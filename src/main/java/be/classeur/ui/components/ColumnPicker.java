package be.classeur.ui.components;

import be.classeur.kernel.ColumnChoices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The "Colonnes" menu of a list grid: a checkbox per column the user may hide or show, the choice stored per account
 * (kernel {@link ColumnChoices}) and found again in the next session. The grid's essential columns are always shown;
 * the less useful ones start hidden, so the grid fits 1280 px without scrolling sideways.
 * <p>
 * On a phone-sized window the grid shows one compact card per row instead of its columns (the browser's window width,
 * read on attach and on every resize).
 */
public final class ColumnPicker<T> extends Composite<MenuBar> {
    /** Below this window width (CSS px) a row is a card. */
    public static final int NARROW_WIDTH = 640;
    static final String CARD_KEY = "card";

    private final Grid<T> grid;
    private final String gridKey;
    private final Set<String> alwaysShown;
    private final Map<String, MenuItem> items = new LinkedHashMap<>();
    private final transient ColumnChoices choices;
    private final Set<String> hidden;
    private Grid.@Nullable Column<T> card;
    /** Columns a phone still shows beside the card: a row's own buttons, which the card cannot hold. */
    private Set<String> besideCard = Set.of();
    private boolean narrow;
    private @Nullable Registration resizing;

    /**
     * @param gridKey         names the grid in the stored choice (a short constant, e.g. "pupils")
     * @param alwaysShown     keys of the columns the user may not hide (the name that opens the record)
     * @param hiddenByDefault keys of the columns hidden until the user asks for them
     */
    public ColumnPicker(Grid<T> grid, String gridKey, Set<String> alwaysShown, Set<String> hiddenByDefault) {
        this.grid = grid;
        this.gridKey = gridKey;
        this.alwaysShown = Set.copyOf(alwaysShown);
        this.choices = VaadinService.getCurrent().getInstantiator().getOrCreate(ColumnChoices.class);
        Set<String> pickable = pickableColumns().map(Grid.Column::getKey).collect(Collectors.toSet());
        this.hidden = new TreeSet<>(choices.hiddenColumns(gridKey).orElse(hiddenByDefault));
        hidden.retainAll(pickable);

        MenuBar menu = getContent();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        menu.addClassName("classeur-column-picker");
        Span label = new Span(VaadinIcon.GRID_SMALL_O.create(), new Span(" " + getTranslation("ui.columns.pick")));
        MenuItem root = menu.addItem(label);
        root.setAriaLabel(getTranslation("ui.columns.pick.aria"));
        pickableColumns().forEach(column -> {
            MenuItem item = root.getSubMenu().addItem(headerOf(column));
            item.setCheckable(true);
            item.setKeepOpen(true);
            item.setChecked(!hidden.contains(column.getKey()));
            item.addClickListener(click -> choose(column.getKey(), item.isChecked()));
            items.put(column.getKey(), item);
        });
        apply();
    }

    /**
     * Adds the card a phone-sized window shows for each row instead of the columns ({@link ListGrids#card}); it is
     * not in the menu.
     */
    public ColumnPicker<T> withCard(LitRenderer<T> cardRenderer) {
        card = grid.addColumn(cardRenderer)
                .setKey(CARD_KEY).setHeader(getTranslation("ui.columns.card")).setFlexGrow(1).setAutoWidth(false);
        apply();
        return this;
    }

    /** Keeps these columns (a row's own buttons) beside the card on a phone-sized window. */
    public ColumnPicker<T> withCardBeside(String... columnKeys) {
        besideCard = Set.of(columnKeys);
        apply();
        return this;
    }

    /** Shows or hides one column, as the user ticked it, and remembers the choice for their account. */
    void choose(String columnKey, boolean shown) {
        if (shown) {
            hidden.remove(columnKey);
        } else {
            hidden.add(columnKey);
        }
        items.get(columnKey).setChecked(shown);
        choices.saveHiddenColumns(gridKey, Set.copyOf(hidden));
        apply();
    }

    /** Fits the grid to a window {@code width} CSS pixels wide: cards when narrow, columns otherwise. */
    void fitTo(int width) {
        boolean nowNarrow = width > 0 && width < NARROW_WIDTH;
        if (nowNarrow != narrow) {
            narrow = nowNarrow;
            apply();
        }
    }

    /** The keys of the columns the user currently hides. */
    Set<String> hiddenColumns() {
        return Set.copyOf(hidden);
    }

    private void apply() {
        boolean cards = narrow && card != null;
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column == card) {
                column.setVisible(cards);
            } else {
                String key = column.getKey();
                column.setVisible(cards ? key != null && besideCard.contains(key) : key == null || !hidden.contains(key));
            }
        }
        getContent().setVisible(!cards);
    }

    private Stream<Grid.Column<T>> pickableColumns() {
        return grid.getColumns().stream()
                .filter(column -> column.getKey() != null && !CARD_KEY.equals(column.getKey())
                        && !alwaysShown.contains(column.getKey()) && headerOf(column) != null);
    }

    private static @Nullable String headerOf(Grid.Column<?> column) {
        String text = column.getHeaderText();
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resizing = page.addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
        super.onDetach(detach);
    }
}
