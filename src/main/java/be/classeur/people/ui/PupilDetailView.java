package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilDetail;
import be.classeur.people.PupilPageSection;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Subject;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/** Everything stored about one pupil: identity, school path, contact, guardians, contact history. */
@Route(PersonLocations.PUPILS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class PupilDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final transient PupilService pupils;
    private final transient ContactService contacts;
    private final transient PupilFormFactory forms;
    private final transient Clock clock;
    private String title = "";
    private Pupil current;
    final Button edit = new Button();
    final Button recordContact = new Button();
    final Button archive = new Button();

    private final transient List<PupilPageSection> extraSections;
    /** Set when a privacy officer opened the page to rectify the pupil for a rights request. */
    RectificationBanner rectification;

    public PupilDetailView(PupilService pupils, ContactService contacts, PupilFormFactory forms, Clock clock,
                           List<PupilPageSection> extraSections) {
        this.extraSections = extraSections.stream().sorted(Comparator.comparingInt(PupilPageSection::order)).toList();
        this.pupils = pupils;
        this.contacts = contacts;
        this.forms = forms;
        this.clock = clock;
        addClassName("classeur-detail");
        // Listeners are registered once; show() only updates what they act on.
        edit.setText(getTranslation("ui.action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> forms.openEdit(current.getId(), saved -> reload(current.getId())));
        recordContact.setText(getTranslation("people.contact.record"));
        recordContact.setIcon(VaadinIcon.PHONE.create());
        recordContact.addClickListener(e -> new RecordContactDialog(contacts, DataSubjectRef.pupil(current.getId()),
                () -> reload(current.getId())).open());
        OneClick.onClick(archive, e -> archiveOrRestore());
    }

    private void archiveOrRestore() {
        Pupil pupil = current;
        long id = pupil.getId();
        if (pupil.isArchived()) {
            act(() -> pupils.restore(id, pupil.getVersion()), id, "people.restored");
        } else {
            Confirmations.confirm("people.archive.confirm.title", "people.archive.confirm.text", "people.action.archive",
                    () -> act(() -> pupils.archive(id, pupil.getVersion()), id, "people.archived.done"), pupil.fullName());
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        rectification = RectificationBanner.requestedBy(event)
                .map(requestId -> new RectificationBanner(requestId, this::openRectification)).orElse(null);
        try {
            show(pupils.detail(id));
        } catch (EntityNotFoundException e) {
            throw new NotFoundException();
        }
        if (rectification != null) {
            openRectification();
        }
    }

    private void openRectification() {
        try {
            forms.openRectification(current.getId(), rectification.requestId, saved -> reload(current.getId()));
        } catch (AccessDeniedException e) {
            Notifications.error("people.rectification.error.notAllowed");
        }
    }

    private void show(PupilDetail detail) {
        removeAll();
        Pupil pupil = detail.pupil();
        current = pupil;
        long id = pupil.getId();
        title = pupil.fullName();
        H2 heading = new H2(pupil.fullName());
        add(heading);
        if (rectification != null) {
            add(rectification);
        }
        if (pupil.isArchived()) {
            Span badge = new Span(getTranslation("people.archivedOn", Formats.DATE_TIME.format(pupil.getArchivedAt())));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        if (pupil.isRestricted()) {
            add(PersonTexts.restrictedBanner());
        }
        // Art. 18(2): a restricted record is not worked on here (edit, contact, archive); the privacy officer rectifies it within the request.
        Stream.of(edit, recordContact, archive).forEach(action -> action.setVisible(!pupil.isRestricted()));

        archive.setText(getTranslation(pupil.isArchived() ? "people.action.restore" : "people.action.archive"));
        archive.removeThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_ERROR);
        archive.addThemeVariants(pupil.isArchived() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, recordContact, archive);
        actions.setVisible(PeopleViews.canWrite());
        add(actions);
        if (pupil.isAnonymised()) {
            AnonymisedNotice.onPage(this, actions, pupil);
        }

        Facts identity = new Facts()
                .add("people.field.firstName", pupil.getFirstName())
                .add("people.field.lastName", pupil.getLastName())
                .add("people.pupil.field.birthDate", pupil.getBirthDate() == null ? null
                        : Formats.date(pupil.getBirthDate()) + " (" + getTranslation("people.pupil.age",
                        Period.between(pupil.getBirthDate(), LocalDate.now(clock)).getYears()) + ")")
                .add("people.pupil.field.schoolYear", pupil.getSchoolYear() == null ? null : getTranslation(pupil.getSchoolYear().labelKey()))
                .add("people.pupil.field.school", pupil.getSchool() == null ? null : pupil.getSchool().toString())
                .add("people.pupil.field.stage", getTranslation(pupil.getStage().labelKey()))
                .add("people.pupil.field.subjects", pupil.getSubjects().stream().map(Subject::getName).sorted().collect(Collectors.joining(", ")))
                .add("people.pupil.field.dataSource", pupil.getDataSource() == null ? null : getTranslation(pupil.getDataSource().labelKey()));
        Facts contact = PersonTexts.contactFacts(pupil);
        Div columns = new Div(Sections.titled("people.section.identity", identity), Sections.titled("people.section.contact", contact));
        columns.addClassName("classeur-detail-columns");
        add(columns);

        UnorderedList guardianList = new UnorderedList();
        for (LinkRow link : detail.guardians()) {
            RouterLink to = new RouterLink(link.guardianName(), GuardianDetailView.class, link.guardianId());
            guardianList.add(new ListItem(to, new Span(" · " + RelationshipChoices.label(this, link.relationship())
                    + (link.guardianPhone() == null ? "" : " · " + link.guardianPhone()))));
        }
        if (detail.guardians().isEmpty()) {
            guardianList.add(new ListItem(getTranslation("people.pupil.guardians.empty")));
        }
        add(Sections.titled("people.pupil.guardians", guardianList));
        extraSections.forEach(extra -> extra.sectionFor(id).ifPresent(this::add));
        add(Sections.titled("people.contact.history", new ContactHistoryGrid(contacts, DataSubjectRef.pupil(id))));
    }

    private void act(Runnable action, long id, String doneKey) {
        UserActions.attempt(action, null, doneKey);
        reload(id);
    }

    /** After the user's own action: the page shows the result without a new "viewed" audit line. */
    private void reload(long id) {
        show(pupils.detailAfterOwnAction(id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
