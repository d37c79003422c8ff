package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;

/** Why a person is covered by a rights request: they asked, or a guardian asked for them as their child. */
public enum SubjectRole implements Labelled {
    REQUESTER, REPRESENTED;

    @Override
    public String labelKey() {
        return "privacy.subjects.role." + name();
    }
}
