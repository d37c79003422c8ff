package be.classeur.people.ui;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Guardian;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the guardian form with the services it needs. */
@Component
record GuardianFormFactory(GuardianService guardians, PupilService pupils, RectificationService rectifications)
        implements PersonFormFactory<Guardian> {
    @Override
    public GuardianForm openNew(Consumer<Guardian> onSaved) {
        return PersonFormFactory.opened(new GuardianForm(guardians, pupils, new Guardian(), List.of(), onSaved));
    }

    @Override
    public GuardianForm openEdit(long guardianId, Consumer<Guardian> onSaved) {
        return PersonFormFactory.opened(new GuardianForm(guardians, pupils, guardians.forEdit(guardianId),
                guardians.pupilsOf(guardianId), onSaved));
    }

    /** The form in rectification mode for a rights request: the privacy officer's path, links left out. */
    @Override
    public GuardianForm openRectification(long guardianId, long requestId, Consumer<Guardian> onSaved) {
        Guardian guardian = (Guardian) rectifications.forRectification(DataSubjectRef.guardian(guardianId));
        return PersonFormFactory.opened(new GuardianForm(guardians, pupils, guardian, List.of(), onSaved)
                .rectifying(rectifications, requestId));
    }
}
