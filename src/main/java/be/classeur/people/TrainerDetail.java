package be.classeur.people;

import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the trainer page shows: the person, the subject names, availability and the agreement date. */
public record TrainerDetail(PersonCard person, List<String> subjects, @Nullable String availability,
                            @Nullable LocalDate agreementSignedOn) implements PersonDetail {

    /** Read inside the service's transaction: the subjects are loaded here, not by the page. */
    static TrainerDetail of(Trainer trainer) {
        return new TrainerDetail(PersonCard.of(trainer), trainer.getSubjects().stream().map(Subject::getName).sorted().toList(),
                trainer.getAvailability(), trainer.getAgreementSignedOn());
    }
}
