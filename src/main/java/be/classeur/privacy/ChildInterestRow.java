package be.classeur.privacy;

import be.classeur.privacy.domain.ChildInterestDecision;
import java.time.Instant;

/**
 * A child of 13 or over (or of unknown age) a guardian asked for: their age on the day the request was received (null
 * when unknown) and the decision taken after weighing the child's own interests, if any yet.
 */
public record ChildInterestRow(long subjectId, long pupilId, String name, Integer ageOnReceipt,
                               ChildInterestDecision decision, String note, String decidedBy, Instant decidedAt) {
    public boolean decided() {
        return decision != null;
    }
}
