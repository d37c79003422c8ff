package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;

/**
 * Why a kept file of a rights request was deleted: an identity copy goes when the check is recorded, when the request is
 * answered, refused or closed, or when it reaches the age limit; any document may also be removed by hand.
 */
public enum CopyDeletion implements Labelled {
    CHECK_RECORDED, ANSWERED, REFUSED, CLOSED, EXPIRED, REMOVED;

    @Override
    public String labelKey() {
        return "privacy.copyDeletion." + name();
    }
}
