package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianDetail;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PersonCard;
import be.classeur.people.PersonLocations;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Sections;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Everything stored about one guardian: identity, contact, the pupils they are responsible for, contact history. */
@Route(PersonLocations.GUARDIANS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GuardianDetailView extends PersonDetailView<GuardianDetail> {
    private final transient GuardianService guardians;
    private final transient GuardianFormFactory forms;

    public GuardianDetailView(GuardianService guardians, ContactService contacts, GuardianFormFactory forms) {
        super(contacts);
        this.guardians = guardians;
        this.forms = forms;
    }

    @Override
    GuardianDetail load(long id) {
        return guardians.detail(id);
    }

    @Override
    GuardianDetail loadAfterOwnAction(long id) {
        return guardians.detailAfterOwnAction(id);
    }

    @Override
    PersonCard card(GuardianDetail detail) {
        return detail.person();
    }

    @Override
    DataSubjectRef subject(long id) {
        return DataSubjectRef.guardian(id);
    }

    @Override
    void addIdentityFacts(Facts identity, GuardianDetail detail) {
        // First and last name only.
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
        return List.of(Sections.titled("people.guardian.pupils", pupilList));
    }

    @Override
    void openEdit(long id) {
        forms.openEdit(id, saved -> reload());
    }

    @Override
    void openRectification(long id, long requestId) {
        forms.openRectification(id, requestId, saved -> reload());
    }

    @Override
    void archive(long id, long version) {
        guardians.archive(id, version);
    }

    @Override
    void restore(long id, long version) {
        guardians.restore(id, version);
    }
}
