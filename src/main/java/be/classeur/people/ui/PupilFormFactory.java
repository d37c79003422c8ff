package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.CatalogueService;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Pupil;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the pupil form with the services it needs. */
@Component
record PupilFormFactory(PupilService pupils, GuardianService guardians, CatalogueService catalogues, RectificationService rectifications)
        implements PersonFormFactory<Pupil> {
    @Override
    public PupilForm openNew(Consumer<Pupil> onSaved) {
        return PersonFormFactory.opened(new PupilForm(pupils, guardians, catalogues, new Pupil(), List.of(), onSaved));
    }

    @Override
    public PupilForm openEdit(long pupilId, Consumer<Pupil> onSaved) {
        return PersonFormFactory.opened(new PupilForm(pupils, guardians, catalogues, pupils.forEdit(pupilId), pupils.guardiansOf(pupilId), onSaved));
    }

    /** The form in rectification mode for a rights request: the privacy officer's path, links left out. */
    @Override
    public PupilForm openRectification(long pupilId, long requestId, Consumer<Pupil> onSaved) {
        Pupil pupil = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(pupilId));
        return PersonFormFactory.opened(new PupilForm(pupils, guardians, catalogues, pupil, List.of(), onSaved)
                .rectifying(rectifications, requestId));
    }
}
