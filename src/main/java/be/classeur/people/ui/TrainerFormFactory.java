package be.classeur.people.ui;

import be.classeur.people.CatalogueService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the trainer form with the services it needs. */
@Component
class TrainerFormFactory {
    private final TrainerService trainers;
    private final CatalogueService catalogues;

    TrainerFormFactory(TrainerService trainers, CatalogueService catalogues) {
        this.trainers = trainers;
        this.catalogues = catalogues;
    }

    TrainerForm openNew(Consumer<Trainer> onSaved) {
        TrainerForm form = new TrainerForm(trainers, catalogues, new Trainer(), onSaved);
        form.open();
        return form;
    }

    TrainerForm openEdit(long trainerId, Consumer<Trainer> onSaved) {
        TrainerForm form = new TrainerForm(trainers, catalogues, trainers.forEdit(trainerId), onSaved);
        form.open();
        return form;
    }
}
