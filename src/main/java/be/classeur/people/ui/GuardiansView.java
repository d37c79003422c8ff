package be.classeur.people.ui;

import be.classeur.kernel.Roles;
import be.classeur.people.GuardianService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The guardian list. */
@Route("guardians")
@Menu(order = 2, title = "people.guardians.title", icon = "vaadin:family")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class GuardiansView extends PersonListView {
    public GuardiansView(GuardianService guardians, GuardianFormFactory forms) {
        super(new Kind("people.guardians.title", "people.guardian.new", "people.guardian.field.status", "people.guardians.empty",
                        "guardians", GuardianDetailView.class),
                guardians::search, onSaved -> forms.openNew(saved -> onSaved.accept(saved.getId())));
    }
}
