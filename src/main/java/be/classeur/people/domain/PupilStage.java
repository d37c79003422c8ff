package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;

/** Where a pupil stands with the organisation: asked for information, enrolled, or a former pupil. */
@NamedInterface("domain")
public enum PupilStage {
    INQUIRY, ENROLLED, FORMER;

    public String labelKey() {
        return "people.pupil.stage." + name();
    }
}
