package be.classeur.people;

import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Relationship;
import java.util.Objects;

/**
 * A guardian a pupil should be linked to when the pupil is saved: an existing guardian (by id)
 * or a new one created in the same transaction.
 */
public record GuardianLinkDraft(Long guardianId, Guardian newGuardian, Relationship relationship) {
    public GuardianLinkDraft {
        Objects.requireNonNull(relationship, "relationship");
        if ((guardianId == null) == (newGuardian == null)) {
            throw new IllegalArgumentException("Exactly one of guardianId and newGuardian");
        }
    }

    public static GuardianLinkDraft existing(long guardianId, Relationship relationship) {
        return new GuardianLinkDraft(guardianId, null, relationship);
    }

    public static GuardianLinkDraft newGuardian(Guardian guardian, Relationship relationship) {
        return new GuardianLinkDraft(null, guardian, relationship);
    }

    public String displayName() {
        return newGuardian == null ? null : newGuardian.fullName();
    }
}
