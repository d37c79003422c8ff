package be.classeur.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Optional;

/**
 * A filter a link preset that the toolbar has no field for (e.g. "restricted records only" opened from the dashboard):
 * shown as a chip, so the reader sees why the list is short, with a button that clears it. The chip and its button are
 * siblings: no interactive element inside another.
 */
public class FilterChip extends Div {
    private final Span text = new Span();
    private final Button clear = new Button(VaadinIcon.CLOSE_SMALL.create());

    public FilterChip(Runnable onClear) {
        addClassName("filter-chip");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        clear.setAriaLabel(UI.getCurrent().getTranslation("lists.filter.clear"));
        clear.addClickListener(e -> {
            setVisible(false);
            onClear.run();
        });
        add(text, clear);
        setVisible(false);
    }

    /** Shows the chip with this text (already translated). */
    public void show(String label) {
        text.setText(label);
        clear.setAriaLabel(UI.getCurrent().getTranslation("lists.filter.clear.named", label));
        setVisible(true);
    }

    public String label() {
        return text.getText();
    }

    public Button clearButton() {
        return clear;
    }

    /** The first value of a query parameter, if given. */
    public static Optional<String> parameter(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** A query parameter naming a constant of {@code type}; empty when absent or not one of its names. */
    public static <E extends Enum<E>> Optional<E> enumParameter(BeforeEnterEvent event, String name, Class<E> type) {
        return parameter(event, name).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        });
    }
}
