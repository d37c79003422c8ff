package be.classeur.privacy.domain;

/** The outcome of an identity check: the requester's identity is established, or it is not. */
public enum IdentityCheckResult {
    CONFIRMED, NOT_CONFIRMED;

    public String labelKey() {
        return "privacy.identity.result." + name();
    }
}
