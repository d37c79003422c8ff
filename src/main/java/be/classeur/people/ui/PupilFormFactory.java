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
class PupilFormFactory implements PersonFormFactory<Pupil> {
    private final PupilService pupils;
    private final GuardianService guardians;
    private final CatalogueService catalogues;
    private final RectificationService rectifications;

    PupilFormFactory(PupilService pupils, GuardianService guardians, CatalogueService catalogues,
                     RectificationService rectifications) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.catalogues = catalogues;
        this.rectifications = rectifications;
    }

    PupilForm openNew(Consumer<Pupil> onSaved) {
        PupilForm form = new PupilForm(pupils, guardians, catalogues, new Pupil(), List.of(), onSaved);
        form.open();
        return form;
    }

    @Override
    public PupilForm openEdit(long pupilId, Consumer<Pupil> onSaved) {
        PupilForm form = new PupilForm(pupils, guardians, catalogues, pupils.forEdit(pupilId), pupils.guardiansOf(pupilId), onSaved);
        form.open();
        return form;
    }

    /** The form in rectification mode for a rights request: the privacy officer's path, links left out. */
    @Override
    public PupilForm openRectification(long pupilId, long requestId, Consumer<Pupil> onSaved) {
        Pupil pupil = (Pupil) rectifications.forRectification(DataSubjectRef.pupil(pupilId));
        PupilForm form = new PupilForm(pupils, guardians, catalogues, pupil, List.of(), onSaved)
                .rectifying(rectifications, requestId);
        form.open();
        return form;
    }
}
