package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.kernel.Roles;
import be.classeur.people.GuardianService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The guardian list. */
@Route(PersonLocations.GUARDIANS)
@Menu(order = 2, title = "people.guardians.title", icon = "vaadin:family")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GuardiansView extends PersonListView {
    public GuardiansView(GuardianService guardians, GuardianFormFactory forms) {
        super(new Kind("guardians", "people.guardians.title", "people.guardian.new", "people.guardian.field.status", "people.guardians.empty",
                        PersonLocations::guardian, GuardianDetailView.class),
                guardians::search, forms);
        // Administrators see how many links wait for their review since representatives and contacts were told apart.
        if (PeopleViews.canWrite()) {
            long toReview = guardians.countLinksToReview();
            reviewLinks.setText(getTranslation("people.linkReview.link", toReview));
            reviewLinks.setVisible(toReview > 0);
            addComponentAtIndex(0, reviewLinks);
        }
    }

    final RouterLink reviewLinks = new RouterLink("", LinkReviewView.class);
}
