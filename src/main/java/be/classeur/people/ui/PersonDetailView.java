package be.classeur.people.ui;

import be.classeur.kernel.PersonKind;
import be.classeur.people.PersonPageSection;
import be.classeur.people.ContactService;
import be.classeur.people.PersonCard;
import be.classeur.people.PersonDetail;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Sections;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.persistence.EntityNotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the pupil, guardian and trainer pages share, the way {@link PersonListView} does for lists: the heading,
 * the rectification, archive and restriction banners, the actions, the identity and contact columns and the contact
 * history. A page adds only its own identity facts and sections.
 *
 * @param <D> the record the page's service returns
 */
abstract class PersonDetailView<D extends PersonDetail> extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient ContactService contacts;
    private final transient PersonFormFactory<?> forms;
    private final transient PersonPageReads<D> reads;
    private String title = "";
    private @Nullable D current;
    final Button edit = new Button();
    final Button recordContact = new Button();
    final Button archive = new Button();
    /** Set when a privacy officer opened the page to rectify the person for a rights request. */
    @Nullable RectificationBanner rectification;

    PersonDetailView(ContactService contacts, PersonFormFactory<?> forms, PersonPageReads<D> reads) {
        this.contacts = contacts;
        this.forms = forms;
        this.reads = reads;
        addClassName("classeur-detail");
        // Listeners are wired once and act on the record shown last, so that reloading never stacks them.
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> forms.openEdit(id(), saved -> reload()));
        recordContact.setIcon(VaadinIcon.PHONE.create());
        recordContact.addClickListener(e -> new RecordContactDialog(contacts, reads.subject().apply(id()), this::reload).open());
        OneClick.onClick(archive, e -> onArchiveClicked());
    }

    /** The identity facts after first and last name; none by default. */
    void addIdentityFacts(Facts identity, D detail) {
    }

    /** Other modules' sections for this kind of page, in their order. */
    static List<PersonPageSection> sectionsOf(PersonKind kind, List<PersonPageSection> sections) {
        return sections.stream().filter(s -> s.kind() == kind).sorted(java.util.Comparator.comparingInt(PersonPageSection::order)).toList();
    }

    /** The page's own sections, between the identity and contact columns and the contact history; none by default. */
    List<Component> sections(D detail) {
        return List.of();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        rectification = RectificationBanner.requestedBy(event)
                .map(requestId -> new RectificationBanner(requestId, this::openRectification)).orElse(null);
        try {
            show(reads.detail().apply(id));
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
        if (rectification != null) {
            openRectification();
        }
    }

    private void openRectification() {
        try {
            forms.openRectification(id(), rectification.requestId, saved -> reload());
        } catch (AccessDeniedException e) {
            Notifications.error("people.rectification.error.notAllowed");
        }
    }

    private long id() {
        return current.person().id();
    }

    private void show(D detail) {
        removeAll();
        current = detail;
        PersonCard person = detail.person();
        title = person.fullName();
        add(new H2(person.fullName()));
        if (rectification != null) {
            add(rectification);
        }
        if (person.archived()) {
            Span badge = new Span(getTranslation("people.archivedOn", Formats.DATE_TIME.format(person.archivedAt())));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        if (person.restricted()) {
            add(PersonTexts.restrictedBanner());
        }
        // Art. 18(2): a restricted record is not worked on here (edit, contact, archive); the privacy officer rectifies it within the request.
        Stream.of(edit, recordContact, archive).forEach(action -> action.setVisible(!person.restricted()));

        edit.setText(getTranslation("ui.action.edit"));
        recordContact.setText(getTranslation("people.contact.record"));
        archive.setText(getTranslation(person.archived() ? "people.action.restore" : "people.action.archive"));
        archive.removeThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_ERROR);
        archive.addThemeVariants(person.archived() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, recordContact, archive);
        actions.setVisible(PeopleViews.canWrite());
        add(actions);
        if (person.anonymised()) {
            AnonymisedNotice.onPage(this, actions, person.anonymisedAt());
        }

        Facts identity = new Facts()
                .add("people.field.firstName", person.firstName())
                .add("people.field.lastName", person.lastName());
        addIdentityFacts(identity, detail);
        Facts contact = PersonTexts.contactFacts(person);
        Div columns = new Div(Sections.titled("people.section.identity", identity), Sections.titled("people.section.contact", contact));
        columns.addClassName("classeur-detail-columns");
        add(columns);
        sections(detail).forEach(this::add);
        add(Sections.titled("people.contact.history", new ContactHistoryGrid(contacts, reads.subject().apply(person.id()))));
    }

    /** Archives (after confirmation) or restores the record shown; a stale copy is refused by the service. */
    void onArchiveClicked() {
        PersonCard person = current.person();
        long id = person.id();
        if (person.archived()) {
            act(() -> reads.restore().apply(id, person.version()), "people.restored");
        } else {
            Confirmations.confirm("people.archive.confirm.title", "people.archive.confirm.text", "people.action.archive",
                    () -> act(() -> reads.archive().apply(id, person.version()), "people.archived.done"), person.fullName());
        }
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        reload();
    }

    /** After the user's own action: the page shows the result without a new "viewed" audit line. */
    void reload() {
        show(reads.afterOwnAction().apply(id()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
