package be.classeur.people.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** Where a pupil stands with the organisation: asked for information, enrolled, or a former pupil. */
@NamedInterface("domain")
public enum PupilStage implements Labelled {
    INQUIRY(1), ENROLLED(2), FORMER(3);

    private final int lifeCycleOrder;

    PupilStage(int lifeCycleOrder) {
        this.lifeCycleOrder = lifeCycleOrder;
    }

    /**
     * The stage's place in a pupil's life with the organisation, stored beside the stage so that grids sort in that
     * order in the database (alphabetical order of the names would put "enrolled" first). Changing a number needs a
     * changeset that updates the stored ranks.
     */
    public int lifeCycleOrder() {
        return lifeCycleOrder;
    }

    @Override
    public String labelKey() {
        return "people.pupil.stage." + name();
    }
}
