package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;

/** How a guardian relates to a pupil. */
@NamedInterface("domain")
public enum Relationship {
    MOTHER, FATHER, LEGAL_GUARDIAN, OTHER;

    public String labelKey() {
        return "people.relationship." + name();
    }
}
