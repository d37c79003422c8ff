package be.classeur.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What every list grid does the same way: a single click on a row opens the record, and so does Enter on a focused
 * row; the record's name is a link (keyboard-reachable, and Ctrl-click or the middle button open it in a new tab). The
 * grid sends no row click for a click on the link (focusable content), so the record opens once either way.
 */
public final class ListGrids {
    /** Enter on a row (a focused cell); Enter on the link itself follows the link, which opens the record already. */
    // Enter on a row, not on a link or a button inside it (those do their own thing).
    static final String ENTER_ON_A_ROW = "event.key === 'Enter' && !event.composedPath().some(e => "
            + "['a', 'button', 'vaadin-button', 'input', 'textarea'].includes(e.localName))";

    private ListGrids() {
    }

    /**
     * The record's name as a link to {@code location}. Lit escapes {@code ${...}} values, so the name is rendered as
     * text, never as HTML.
     */
    public static <T> LitRenderer<T> nameLink(ValueProvider<T, String> name, LongFunction<String> location,
                                              ValueProvider<T, Long> id) {
        return LitRenderer.<T>of("<a href=\"${item.href}\">${item.name}</a>")
                .withProperty("href", row -> location.apply(id.apply(row)))
                .withProperty("name", name);
    }

    /**
     * The compact card of a row on a phone-sized window ({@link ColumnPicker#withCard}): the name link above the main
     * facts on one line. Lit escapes the values: text, never HTML.
     */
    public static <T> LitRenderer<T> card(ValueProvider<T, String> name, LongFunction<String> location,
                                          ValueProvider<T, Long> id, ValueProvider<T, String> facts) {
        return LitRenderer.<T>of("<div class=\"classeur-card\"><a href=\"${item.href}\">${item.name}</a>"
                        + "<span class=\"classeur-card-facts\">${item.facts}</span></div>")
                .withProperty("href", row -> location.apply(id.apply(row)))
                .withProperty("name", name)
                .withProperty("facts", facts);
    }

    /** The facts of a card, the empty ones left out, separated by a middle dot. */
    public static String facts(@Nullable String... facts) {
        return java.util.Arrays.stream(facts).filter(f -> f != null && !f.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }

    /** A single click on a row, or Enter on a focused row, calls {@code open} with the row's item. */
    public static <T> void openOnClick(Grid<T> grid, SerializableConsumer<T> open) {
        grid.addClassName("classeur-list"); // the hand cursor on rows (classeur.css)
        grid.addItemClickListener(click -> {
            // A plain left click; one with Ctrl/Cmd/Shift (meant for a new tab, which only the link does) leaves the tab be.
            if (click.getButton() == 0 && !click.isCtrlKey() && !click.isMetaKey() && !click.isShiftKey()) {
                open.accept(click.getItem());
            }
        });
        FocusedRow<T> focused = new FocusedRow<>();
        grid.addCellFocusListener(focus -> focused.item = focus.isBodyCell() ? focus.getItem().orElse(null) : null);
        grid.getElement().addEventListener("keydown", key -> {
            if (focused.item != null) {
                open.accept(focused.item);
            }
        }).setFilter(ENTER_ON_A_ROW);
    }

    /** A row's own buttons (edit, password...): their click does their action, not also the row's. */
    public static <C extends Component> C keepClicksInside(C rowActions) {
        rowActions.getElement().addEventListener("click", click -> { }).stopPropagation();
        return rowActions;
    }

    /** The row whose cell has the keyboard focus, as the grid last said. */
    private static final class FocusedRow<T> implements java.io.Serializable {
        @Nullable T item;
    }
}
