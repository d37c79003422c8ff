package be.classeur.people.ui;

import be.classeur.people.PersonCard;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How a person's data reads on screen. */
final class PersonTexts {
    private PersonTexts() {
    }

    /** The contact facts every person's detail page shows, in the same order. */
    static Facts contactFacts(PersonCard person) {
        return new Facts()
                .add("people.field.email", person.email())
                .add("people.field.phone", person.phone())
                .add("people.field.address", address(person))
                .add("people.field.lastContactDate", Formats.date(person.lastContactDate()))
                .add("people.field.notes", person.notes())
                .add("people.field.createdAt", person.createdAt() == null ? null : Formats.DATE_TIME.format(person.createdAt()))
                .add("people.field.updatedAt", person.updatedAt() == null ? null : Formats.DATE_TIME.format(person.updatedAt()));
    }

    /**
     * The banner of a restricted record (art. 18): that processing is restricted and what that means here, i.e. why
     * the edit action is gone and enrolling is refused. A note, so that assistive technology reads it as one piece.
     */
    static Div restrictedBanner() {
        UI ui = UI.getCurrent();
        Span badge = new Span(ui.getTranslation("people.restricted.banner"));
        badge.getElement().getThemeList().add("badge error");
        Paragraph why = new Paragraph(ui.getTranslation("people.restricted.why"));
        why.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
        Div banner = new Div(badge, why);
        banner.addClassName("restricted-banner");
        banner.getElement().setAttribute("role", "note");
        return banner;
    }

    static String address(PersonCard person) {
        String locality = Stream.of(person.postalCode(), person.city()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(person.street(), locality.isBlank() ? null : locality,
                        person.country() == null || "BE".equals(person.country()) ? null : person.country())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
