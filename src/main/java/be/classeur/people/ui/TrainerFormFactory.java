package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.CatalogueService;
import be.classeur.people.RectificationService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the trainer form with the services it needs. */
@Component
record TrainerFormFactory(TrainerService trainers, CatalogueService catalogues, RectificationService rectifications)
        implements PersonFormFactory<Trainer> {
    @Override
    public TrainerForm openNew(Consumer<Trainer> onSaved) {
        return PersonFormFactory.opened(new TrainerForm(trainers, catalogues, new Trainer(), onSaved));
    }

    @Override
    public TrainerForm openEdit(long trainerId, Consumer<Trainer> onSaved) {
        return PersonFormFactory.opened(new TrainerForm(trainers, catalogues, trainers.forEdit(trainerId), onSaved));
    }

    /** The form in rectification mode for a rights request (the privacy officer's path). */
    @Override
    public TrainerForm openRectification(long trainerId, long requestId, Consumer<Trainer> onSaved) {
        Trainer trainer = (Trainer) rectifications.forRectification(DataSubjectRef.trainer(trainerId));
        return PersonFormFactory.opened(new TrainerForm(trainers, catalogues, trainer, onSaved).rectifying(rectifications, requestId));
    }
}
