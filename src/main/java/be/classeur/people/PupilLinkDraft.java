package be.classeur.people;

import be.classeur.people.domain.Relationship;
import java.util.Objects;

/** A pupil a guardian should be linked to when the guardian is saved. */
public record PupilLinkDraft(long pupilId, Relationship relationship) {
    public PupilLinkDraft {
        Objects.requireNonNull(relationship, "relationship");
    }
}
