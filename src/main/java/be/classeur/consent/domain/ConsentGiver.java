package be.classeur.consent.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** Who made the choice: the person themself, or (for a pupil) a parent or legal guardian linked to them. */
@NamedInterface("domain")
public enum ConsentGiver implements Labelled {
    SELF, GUARDIAN;

    @Override
    public String labelKey() {
        return "consent.giver." + name();
    }
}
