package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.PersonCard;
import be.classeur.people.PersonLocations;
import be.classeur.people.TrainerDetail;
import be.classeur.people.TrainerService;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Everything stored about one trainer: identity, subjects, availability, agreement, contact, contact history. */
@Route(PersonLocations.TRAINERS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainerDetailView extends PersonDetailView<TrainerDetail> {
    private final transient TrainerService trainers;
    private final transient TrainerFormFactory forms;

    public TrainerDetailView(TrainerService trainers, ContactService contacts, TrainerFormFactory forms) {
        super(contacts);
        this.trainers = trainers;
        this.forms = forms;
    }

    @Override
    TrainerDetail load(long id) {
        return trainers.detail(id);
    }

    @Override
    TrainerDetail loadAfterOwnAction(long id) {
        return trainers.detailAfterOwnAction(id);
    }

    @Override
    PersonCard card(TrainerDetail detail) {
        return detail.person();
    }

    @Override
    DataSubjectRef subject(long id) {
        return DataSubjectRef.trainer(id);
    }

    @Override
    void addIdentityFacts(Facts identity, TrainerDetail trainer) {
        identity.add("people.trainer.field.subjects", String.join(", ", trainer.subjects()))
                .add("people.trainer.field.availability", trainer.availability())
                .add("people.trainer.field.agreementSignedOn", trainer.agreementSignedOn() == null
                        ? getTranslation("people.trainer.agreement.missing") : Formats.date(trainer.agreementSignedOn()));
    }

    @Override
    List<Component> sections(TrainerDetail detail) {
        return List.of();
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
        trainers.archive(id, version);
    }

    @Override
    void restore(long id, long version) {
        trainers.restore(id, version);
    }
}
