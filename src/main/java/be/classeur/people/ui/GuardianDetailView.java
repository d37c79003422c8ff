package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianDetail;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonPageSection;
import be.classeur.people.PersonLocations;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** Everything stored about one guardian: identity, contact, the pupils they are responsible for, contact history. */
@Route(PersonLocations.GUARDIANS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GuardianDetailView extends PersonDetailView<GuardianDetail> {
    private final transient List<PersonPageSection> extraSections;

    public GuardianDetailView(GuardianService guardians, ContactService contacts, GuardianFormFactory forms,
                              List<PersonPageSection> extraSections) {
        super(contacts, forms, new PersonPageReads<>(guardians::detail, guardians::detailAfterOwnAction, DataSubjectRef::guardian,
                guardians::archive, guardians::restore));
        this.extraSections = sectionsOf(PersonKind.GUARDIAN, extraSections);
    }

    @Override
    List<Component> sections(GuardianDetail detail) {
        UnorderedList pupilList = new UnorderedList();
        for (LinkRow link : detail.pupils()) {
            RouterLink to = new RouterLink(link.pupilName(), PupilDetailView.class, link.pupilId());
            pupilList.add(new ListItem(to, new Span(" · " + RelationshipChoices.label(this, link.relationship()))));
        }
        if (detail.pupils().isEmpty()) {
            pupilList.add(new ListItem(getTranslation("people.guardian.pupils.empty")));
        }
        List<Component> sections = new ArrayList<>();
        sections.add(Sections.titled("people.guardian.pupils", pupilList));
        extraSections.forEach(extra -> extra.sectionFor(detail.person().id()).ifPresent(sections::add));
        return sections;
    }
}
