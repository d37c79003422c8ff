package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.Roles;
import be.classeur.people.ContactService;
import be.classeur.people.PersonPageSection;
import be.classeur.people.PersonLocations;
import be.classeur.people.TrainerDetail;
import be.classeur.people.TrainerService;
import be.classeur.ui.components.Facts;
import be.classeur.ui.components.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** Everything stored about one trainer: identity, subjects, availability, agreement, contact, the groups they teach, contact history. */
@Route(PersonLocations.TRAINERS)
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class TrainerDetailView extends PersonDetailView<TrainerDetail> {
    private final transient List<PersonPageSection> extraSections;

    public TrainerDetailView(TrainerService trainers, ContactService contacts, TrainerFormFactory forms,
                             List<PersonPageSection> extraSections) {
        super(contacts, forms, new PersonPageReads<>(trainers::detail, trainers::detailAfterOwnAction, DataSubjectRef::trainer,
                trainers::archive, trainers::restore));
        this.extraSections = sectionsOf(PersonKind.TRAINER, extraSections);
    }

    @Override
    List<Component> sections(TrainerDetail detail) {
        List<Component> sections = new ArrayList<>();
        extraSections.forEach(extra -> extra.sectionFor(detail.person().id()).ifPresent(sections::add));
        return sections;
    }

    @Override
    void addIdentityFacts(Facts identity, TrainerDetail trainer) {
        identity.add("people.trainer.field.subjects", String.join(", ", trainer.subjects()))
                .add("people.trainer.field.availability", trainer.availability())
                .add("people.trainer.field.agreementSignedOn", trainer.agreementSignedOn() == null
                        ? getTranslation("people.trainer.agreement.missing") : Formats.date(trainer.agreementSignedOn()));
    }
}
