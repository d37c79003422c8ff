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
class TrainerFormFactory implements PersonFormFactory<Trainer> {
    private final TrainerService trainers;
    private final CatalogueService catalogues;
    private final RectificationService rectifications;

    TrainerFormFactory(TrainerService trainers, CatalogueService catalogues, RectificationService rectifications) {
        this.trainers = trainers;
        this.catalogues = catalogues;
        this.rectifications = rectifications;
    }

    TrainerForm openNew(Consumer<Trainer> onSaved) {
        TrainerForm form = new TrainerForm(trainers, catalogues, new Trainer(), onSaved);
        form.open();
        return form;
    }

    @Override
    public TrainerForm openEdit(long trainerId, Consumer<Trainer> onSaved) {
        TrainerForm form = new TrainerForm(trainers, catalogues, trainers.forEdit(trainerId), onSaved);
        form.open();
        return form;
    }

    /** The form in rectification mode for a rights request (the privacy officer's path). */
    @Override
    public TrainerForm openRectification(long trainerId, long requestId, Consumer<Trainer> onSaved) {
        Trainer trainer = (Trainer) rectifications.forRectification(DataSubjectRef.trainer(trainerId));
        TrainerForm form = new TrainerForm(trainers, catalogues, trainer, onSaved).rectifying(rectifications, requestId);
        form.open();
        return form;
    }
}
