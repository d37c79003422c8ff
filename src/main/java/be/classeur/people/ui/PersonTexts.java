package be.classeur.people.ui;

import be.classeur.people.domain.Person;
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
    static Facts contactFacts(Person person) {
        return new Facts()
                .add("people.field.email", person.getEmail())
                .add("people.field.phone", person.getPhone())
                .add("people.field.address", address(person))
                .add("people.field.lastContactDate", Formats.date(person.getLastContactDate()))
                .add("people.field.notes", person.getNotes())
                .add("people.field.newsObjection", newsObjection(person))
                .add("people.field.createdAt", person.getCreatedAt() == null ? null : Formats.DATE_TIME.format(person.getCreatedAt()))
                .add("people.field.updatedAt", person.getUpdatedAt() == null ? null : Formats.DATE_TIME.format(person.getUpdatedAt()));
    }

    /** "Objects to activity news since …", with the request it came from; or that no objection is recorded. */
    static String newsObjection(Person person) {
        UI ui = UI.getCurrent();
        if (!person.objectsToNews()) {
            return ui.getTranslation("people.news.noObjection");
        }
        String since = Formats.date(person.getNewsObjectionOn());
        return person.getNewsObjectionRequestId() == null ? ui.getTranslation("people.news.objectsSince", since)
                : ui.getTranslation("people.news.objectsSinceRequest", since,
                String.valueOf(person.getNewsObjectionRequestId()));
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

    static String address(Person person) {
        String locality = Stream.of(person.getPostalCode(), person.getCity()).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return Stream.of(person.getStreet(), locality.isBlank() ? null : locality,
                        person.getCountry() == null || "BE".equals(person.getCountry()) ? null : person.getCountry())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
