package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityNotFoundException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/** Everything stored about one trainer: identity, subjects, availability, agreement, contact, contact history. */
@Route(PersonLocations.TRAINERS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainerDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient TrainerService trainers;
    private final transient ContactService contacts;
    private final transient TrainerFormFactory forms;
    private String title = "";
    private Trainer current;
    final Button edit = new Button();
    final Button recordContact = new Button();
    final Button archive = new Button();
    /** Set when a privacy officer opened the page to rectify the person for a rights request. */
    RectificationBanner rectification;

    public TrainerDetailView(TrainerService trainers, ContactService contacts, TrainerFormFactory forms) {
        this.trainers = trainers;
        this.contacts = contacts;
        this.forms = forms;
        addClassName("classeur-detail");
        // Listeners are wired once and act on the record shown last, so that reloading never stacks them.
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> forms.openEdit(current.getId(), saved -> reload()));
        recordContact.setIcon(VaadinIcon.PHONE.create());
        recordContact.addClickListener(e -> new RecordContactDialog(contacts, DataSubjectRef.trainer(current.getId()), this::reload).open());
        OneClick.onClick(archive, e -> onArchiveClicked());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        rectification = RectificationBanner.requestedBy(event)
                .map(requestId -> new RectificationBanner(requestId, this::openRectification)).orElse(null);
        try {
            show(trainers.detail(id));
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

    private void show(Trainer trainer) {
        removeAll();
        current = trainer;
        long id = trainer.getId();
        title = trainer.fullName();
        add(new H2(trainer.fullName()));
        if (rectification != null) {
            add(rectification);
        }
        if (trainer.isArchived()) {
            Span badge = new Span(getTranslation("people.archivedOn", Formats.DATE_TIME.format(trainer.getArchivedAt())));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        if (trainer.isRestricted()) {
            add(PersonTexts.restrictedBanner());
        }
        // Art. 18(2): a restricted record is not worked on here (edit, contact, archive); the privacy officer rectifies it within the request.
        Stream.of(edit, recordContact, archive).forEach(action -> action.setVisible(!trainer.isRestricted()));

        edit.setText(getTranslation("ui.action.edit"));
        recordContact.setText(getTranslation("people.contact.record"));
        archive.setText(getTranslation(trainer.isArchived() ? "people.action.restore" : "people.action.archive"));
        archive.removeThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_ERROR);
        archive.addThemeVariants(trainer.isArchived() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, recordContact, archive);
        actions.setVisible(PeopleViews.canWrite());
        add(actions);
        if (trainer.isAnonymised()) {
            AnonymisedNotice.onPage(this, actions, trainer);
        }

        Facts identity = new Facts()
                .add("people.field.firstName", trainer.getFirstName())
                .add("people.field.lastName", trainer.getLastName())
                .add("people.trainer.field.subjects", trainer.getSubjects().stream().map(Subject::getName).sorted()
                        .collect(Collectors.joining(", ")))
                .add("people.trainer.field.availability", trainer.getAvailability())
                .add("people.trainer.field.agreementSignedOn", trainer.getAgreementSignedOn() == null
                        ? getTranslation("people.trainer.agreement.missing") : Formats.date(trainer.getAgreementSignedOn()));
        Facts contact = PersonTexts.contactFacts(trainer);
        Div columns = new Div(Sections.titled("people.section.identity", identity), Sections.titled("people.section.contact", contact));
        columns.addClassName("classeur-detail-columns");
        add(columns);
        add(Sections.titled("people.contact.history", new ContactHistoryGrid(contacts, DataSubjectRef.trainer(id))));
    }

    /** Archives (after confirmation) or restores the record shown; a stale copy is refused by the service. */
    void onArchiveClicked() {
        Trainer trainer = current;
        long id = trainer.getId();
        if (trainer.isArchived()) {
            act(() -> trainers.restore(id, trainer.getVersion()), "people.restored");
        } else {
            Confirmations.confirm("people.archive.confirm.title", "people.archive.confirm.text", "people.action.archive",
                    () -> act(() -> trainers.archive(id, trainer.getVersion()), "people.archived.done"), trainer.fullName());
        }
    }

    private void act(Runnable action, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        reload();
    }

    /** After the user's own action: the page shows the result without a new "viewed" audit line. */
    void reload() {
        show(trainers.detailAfterOwnAction(current.getId()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
