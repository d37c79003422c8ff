package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.PersonLocations;
import be.classeur.people.TrainerDetail;
import be.classeur.people.TrainerService;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Everything stored about one trainer: identity, subjects, availability, agreement, contact, contact history. */
@Route(PersonLocations.TRAINERS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainerDetailView extends PersonDetailView<TrainerDetail> {
    public TrainerDetailView(TrainerService trainers, ContactService contacts, TrainerFormFactory forms) {
        super(contacts, forms, new PersonPageReads<>(trainers::detail, trainers::detailAfterOwnAction, DataSubjectRef::trainer,
                trainers::archive, trainers::restore));
    }

    @Override
    void addIdentityFacts(Facts identity, TrainerDetail trainer) {
        identity.add("people.trainer.field.subjects", String.join(", ", trainer.subjects()))
                .add("people.trainer.field.availability", trainer.availability())
                .add("people.trainer.field.agreementSignedOn", trainer.agreementSignedOn() == null
                        ? getTranslation("people.trainer.agreement.missing") : Formats.date(trainer.agreementSignedOn()));
    }
}
