package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianDetail;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.domain.Guardian;
import be.classeur.ui.components.Confirmations;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import be.classeur.ui.components.Sections;
import be.classeur.ui.components.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityNotFoundException;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/** Everything stored about one guardian: identity, contact, the pupils they are responsible for, contact history. */
@Route(PersonLocations.GUARDIANS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GuardianDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient GuardianService guardians;
    private final transient ContactService contacts;
    private final transient GuardianFormFactory forms;
    private String title = "";
    private Guardian current;
    final Button edit = new Button();
    final Button recordContact = new Button();
    final Button archive = new Button();
    /** Set when a privacy officer opened the page to rectify the person for a rights request. */
    RectificationBanner rectification;

    public GuardianDetailView(GuardianService guardians, ContactService contacts, GuardianFormFactory forms) {
        this.guardians = guardians;
        this.contacts = contacts;
        this.forms = forms;
        addClassName("classeur-detail");
        // Listeners are wired once and act on the record shown last, so that reloading never stacks them.
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> forms.openEdit(current.getId(), saved -> reload()));
        recordContact.setIcon(VaadinIcon.PHONE.create());
        recordContact.addClickListener(e -> new RecordContactDialog(contacts, DataSubjectRef.guardian(current.getId()), this::reload).open());
        OneClick.onClick(archive, e -> onArchiveClicked());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        rectification = RectificationBanner.requestedBy(event)
                .map(requestId -> new RectificationBanner(requestId, this::openRectification)).orElse(null);
        try {
            show(guardians.detail(id));
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
        if (rectification != null) {
            openRectification();
        }
    }

    private void openRectification() {
        try {
            forms.openRectification(current.getId(), rectification.requestId, saved -> reload());
        } catch (AccessDeniedException e) {
            Notifications.error("people.rectification.error.notAllowed");
        }
    }

    private void show(GuardianDetail detail) {
        removeAll();
        Guardian guardian = detail.guardian();
        current = guardian;
        long id = guardian.getId();
        title = guardian.fullName();
        add(new H2(guardian.fullName()));
        if (rectification != null) {
            add(rectification);
        }
        if (guardian.isArchived()) {
            Span badge = new Span(getTranslation("people.archivedOn", Formats.DATE_TIME.format(guardian.getArchivedAt())));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        if (guardian.isRestricted()) {
            add(PersonTexts.restrictedBanner());
        }
        // Art. 18(2): a restricted record is not worked on here (edit, contact, archive); the privacy officer rectifies it within the request.
        Stream.of(edit, recordContact, archive).forEach(action -> action.setVisible(!guardian.isRestricted()));

        edit.setText(getTranslation("ui.action.edit"));
        recordContact.setText(getTranslation("people.contact.record"));
        archive.setText(getTranslation(guardian.isArchived() ? "people.action.restore" : "people.action.archive"));
        archive.removeThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_ERROR);
        archive.addThemeVariants(guardian.isArchived() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, recordContact, archive);
        actions.setVisible(PeopleViews.canWrite());
        add(actions);
        if (guardian.isAnonymised()) {
            AnonymisedNotice.onPage(this, actions, guardian);
        }

        Facts identity = new Facts()
                .add("people.field.firstName", guardian.getFirstName())
                .add("people.field.lastName", guardian.getLastName());
        Facts contact = PersonTexts.contactFacts(guardian);
        Div columns = new Div(Sections.titled("people.section.identity", identity), Sections.titled("people.section.contact", contact));
        columns.addClassName("classeur-detail-columns");
        add(columns);

        UnorderedList pupilList = new UnorderedList();
        for (LinkRow link : detail.pupils()) {
            RouterLink to = new RouterLink(link.pupilName(), PupilDetailView.class, link.pupilId());
            pupilList.add(new ListItem(to, new Span(" · " + RelationshipChoices.label(this, link.relationship()))));
        }
        if (detail.pupils().isEmpty()) {
            pupilList.add(new ListItem(getTranslation("people.guardian.pupils.empty")));
        }
        add(Sections.titled("people.guardian.pupils", pupilList));
        add(Sections.titled("people.contact.history", new ContactHistoryGrid(contacts, DataSubjectRef.guardian(id))));
    }

    /** Archives (after confirmation) or restores the record shown; a stale copy is refused by the service. */
    void onArchiveClicked() {
        Guardian guardian = current;
        long id = guardian.getId();
        if (guardian.isArchived()) {
            act(() -> guardians.restore(id, guardian.getVersion()), "people.restored");
        } else {
            Confirmations.confirm("people.archive.confirm.title", "people.archive.confirm.text", "people.action.archive",
                    () -> act(() -> guardians.archive(id, guardian.getVersion()), "people.archived.done"), guardian.fullName());
        }
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        reload();
    }

    /** After the user's own action: the page shows the result without a new "viewed" audit line. */
    void reload() {
        show(guardians.detailAfterOwnAction(current.getId()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
