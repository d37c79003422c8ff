package be.classeur.privacy.ui;

import be.classeur.ui.components.Labels;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.UI;
import java.util.Set;
import java.util.stream.Collectors;

/** Small text helpers the privacy views share. */
final class PrivacyTexts {
    private PrivacyTexts() {
    }

    /** "Accès (art. 15), Effacement (art. 17)", in the order of the articles. */
    static String rights(Set<Right> rights) {
        UI ui = UI.getCurrent();
        return rights.stream().sorted()
                .map(r -> ui.getTranslation("privacy.right.withArticle", Labels.of(r), r.article()))
                .collect(Collectors.joining(", "));
    }

    /** A suggested person: kind, name, and what tells namesakes apart (birth date, e-mail, phone). */
    static String suggestion(PersonSuggestion p) {
        UI ui = UI.getCurrent();
        StringBuilder label = new StringBuilder(Labels.of(p.ref().kind())).append(" · ").append(p.name());
        if (p.birthDate() != null) {
            label.append(" · ").append(Formats.date(p.birthDate()));
        }
        if (p.email() != null) {
            label.append(" · ").append(p.email());
        }
        if (p.phone() != null) {
            label.append(" · ").append(p.phone());
        }
        return label.toString();
    }
}
