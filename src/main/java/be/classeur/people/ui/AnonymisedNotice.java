package be.classeur.people.ui;

import be.classeur.people.domain.Person;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import java.time.Instant;

/**
 * How the pages and forms show an erased person's pseudonymised record: a notice, and nothing to change. The people
 * services refuse every write to it as well (PersonWrites), so this is only the honest face of that rule.
 */
final class AnonymisedNotice {
    static final String CLASS_NAME = "anonymised-notice";

    private AnonymisedNotice() {
    }

    static Span of(Component owner, Instant anonymisedAt) {
        Span notice = new Span(owner.getTranslation("people.anonymised.notice", Formats.DATE_TIME.format(anonymisedAt)));
        notice.getElement().getThemeList().add("badge contrast");
        notice.addClassName(CLASS_NAME);
        return notice;
    }

    /** A detail page: the notice, and the write actions hidden. */
    static void onPage(HasComponents page, Component actions, Instant anonymisedAt) {
        actions.setVisible(false);
        page.add(of((Component) page, anonymisedAt));
    }

    /** A form: the notice first, every field read-only, no saving. */
    static <T> void onForm(HasComponents form, Binder<T> binder, Button save, Person person) {
        form.addComponentAsFirst(of((Component) form, person.getAnonymisedAt()));
        binder.setReadOnly(true);
        save.setEnabled(false);
    }
}
