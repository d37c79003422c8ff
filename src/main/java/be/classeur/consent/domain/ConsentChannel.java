package be.classeur.consent.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** How the choice reached us; a withdrawal or objection made in a rights request names the request. */
@NamedInterface("domain")
public enum ConsentChannel implements Labelled {
    PAPER_FORM, EMAIL, IN_PERSON, WEB, RIGHTS_REQUEST;

    @Override
    public String labelKey() {
        return "consent.channel." + name();
    }
}
