package be.classeur.consent.ui;

import be.classeur.consent.SuppressionListService;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.PersonPageSection;
import be.classeur.ui.components.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * On a person's page, a warning when their e-mail address or phone number is on the suppression list: an erased
 * person typed in or imported again, who must never receive news. One bean per kind of page.
 */
public abstract class SuppressionNotice implements PersonPageSection {
    public static final String CLASS_NAME = "suppression-notice";

    private final SuppressionListService list;
    private final PersonKind kind;

    SuppressionNotice(SuppressionListService list, PersonKind kind) {
        this.list = list;
        this.kind = kind;
    }

    @Override
    public PersonKind kind() {
        return kind;
    }

    @Override
    public int order() {
        // First of the other modules' sections, right under the identity and contact details it is about.
        return -100;
    }

    @Override
    public Optional<Component> sectionFor(long personId) {
        if (!CurrentUser.hasAnyRole(Roles.ADMIN, Roles.PRIVACY_OFFICER)) {
            return Optional.empty();
        }
        return list.recognisedOn(new DataSubjectRef(kind, personId)).map(on -> {
            UI ui = UI.getCurrent();
            Span badge = new Span(ui.getTranslation("consent.suppression.notice"));
            badge.getElement().getThemeList().add("badge error");
            badge.getStyle().set("white-space", "normal");
            Paragraph how = new Paragraph(ui.getTranslation("consent.suppression.matchedOn." + on));
            how.getStyle().set("margin", "var(--lumo-space-xs) 0 0 0");
            Div notice = new Div(badge, how);
            notice.addClassName(CLASS_NAME);
            notice.getElement().setAttribute("role", "note");
            return notice;
        });
    }

    @org.springframework.stereotype.Component
    static class OnPupilPage extends SuppressionNotice {
        OnPupilPage(SuppressionListService list) {
            super(list, PersonKind.PUPIL);
        }
    }

    @org.springframework.stereotype.Component
    static class OnGuardianPage extends SuppressionNotice {
        OnGuardianPage(SuppressionListService list) {
            super(list, PersonKind.GUARDIAN);
        }
    }

    @org.springframework.stereotype.Component
    static class OnTrainerPage extends SuppressionNotice {
        OnTrainerPage(SuppressionListService list) {
            super(list, PersonKind.TRAINER);
        }
    }
}
