package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;

/**
 * What the privacy officer decided, for a child of 13 or over a guardian asked for, after weighing the child's own
 * interests: the guardian gets the child's full export, or a limited reply given after hearing the child (the child's
 * data then stays out of the guardian's export, and the officer answers for that child by letter).
 */
public enum ChildInterestDecision implements Labelled {
    FULL_EXPORT, LIMITED_AFTER_HEARING;

    @Override
    public String labelKey() {
        return "privacy.childInterest.decision." + name();
    }
}
