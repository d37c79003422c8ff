package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;

/** The outcome of an identity check: the requester's identity is established, or it is not. */
public enum IdentityCheckResult implements Labelled {
    CONFIRMED, NOT_CONFIRMED;

    @Override
    public String labelKey() {
        return "privacy.identity.result." + name();
    }
}
