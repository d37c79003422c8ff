package be.classeur.people.ui;

import be.classeur.people.PersonLocations;
import be.classeur.kernel.Roles;
import be.classeur.people.TrainerService;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The trainer list. */
@Route(PersonLocations.TRAINERS)
@Menu(order = 3, title = "people.trainers.title", icon = "vaadin:user-star")
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainersView extends PersonListView {
    public TrainersView(TrainerService trainers, TrainerFormFactory forms) {
        super(new Kind("trainers", "people.trainers.title", "people.trainer.new", "people.trainer.field.status", "people.trainers.empty",
                        PersonLocations::trainer, TrainerDetailView.class),
                trainers::search, forms);
    }
}
