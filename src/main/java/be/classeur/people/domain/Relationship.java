package be.classeur.people.domain;

import be.classeur.kernel.Labelled;
import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * How a guardian relates to a pupil. Only a parent or a legal guardian may act for a minor (legal representation):
 * intake of a rights request for the child, the "a minor needs a guardian" rule. The other links are contacts only
 * (e.g. an emergency contact), never representatives.
 */
@NamedInterface("domain")
public enum Relationship implements Labelled {
    MOTHER(true), FATHER(true), PARENT(true), LEGAL_GUARDIAN(true),
    GRANDPARENT(false), HOST_FAMILY(false), SIBLING(false), OTHER_CONTACT(false);

    private final boolean representative;

    Relationship(boolean representative) {
        this.representative = representative;
    }

    /** Whether this link makes the guardian the pupil's legal representative (parent or legal guardian). */
    public boolean mayRepresent() {
        return representative;
    }

    /** The relationships that may represent the pupil, for queries. */
    public static List<Relationship> representatives() {
        return Arrays.stream(values()).filter(Relationship::mayRepresent).toList();
    }

    @Override
    public String labelKey() {
        return "people.relationship." + name();
    }
}
