package be.classeur.privacy.ui;

import be.classeur.privacy.domain.Right;
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
                .map(r -> ui.getTranslation("privacy.right.withArticle", ui.getTranslation(r.labelKey()), r.article()))
                .collect(Collectors.joining(", "));
    }
}
