package be.classeur.people.ui;

import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Opens the guardian form with the services it needs. */
@Component
class GuardianFormFactory {
    private final GuardianService guardians;
    private final PupilService pupils;

    GuardianFormFactory(GuardianService guardians, PupilService pupils) {
        this.guardians = guardians;
        this.pupils = pupils;
    }

    GuardianForm openNew(Consumer<Guardian> onSaved) {
        GuardianForm form = new GuardianForm(guardians, pupils, new Guardian(), List.of(), onSaved);
        form.open();
        return form;
    }

    GuardianForm openEdit(long guardianId, Consumer<Guardian> onSaved) {
        GuardianForm form = new GuardianForm(guardians, pupils, guardians.forEdit(guardianId),
                guardians.pupilsOf(guardianId), onSaved);
        form.open();
        return form;
    }
}
