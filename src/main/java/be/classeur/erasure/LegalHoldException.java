package be.classeur.erasure;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.LegalHolds;

/**
 * Erasure refused: a legal hold is in force on the person (art. 17(3)(e) GDPR, data kept for legal claims). The
 * message gives the hold's reason and, when set, its end.
 */
public class LegalHoldException extends BusinessRuleException {
    private final transient DataSubjectRef subject;
    private final transient LegalHolds.Hold hold;

    LegalHoldException(DataSubjectRef subject, LegalHolds.Hold hold) {
        super(hold.until() == null ? "erasure.error.legalHold" : "erasure.error.legalHoldUntil", hold.reason(),
                hold.until() == null ? "" : DisplayFormats.DATE.format(hold.until()));
        this.subject = subject;
        this.hold = hold;
    }

    public DataSubjectRef subject() {
        return subject;
    }

    public LegalHolds.Hold hold() {
        return hold;
    }
}
