package be.classeur.privacy.domain;

/** Why a person is covered by a rights request: they asked, or a guardian asked for them as their child. */
public enum SubjectRole {
    REQUESTER, REPRESENTED;

    public String labelKey() {
        return "privacy.subjects.role." + name();
    }
}
