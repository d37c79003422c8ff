package be.classeur.privacy.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** How a rights request reached the organisation. */
@NamedInterface("domain")
public enum RequestChannel implements Labelled {
    EMAIL, POST, IN_PERSON, WEB_FORM;

    @Override
    public String labelKey() {
        return "privacy.channel." + name();
    }
}
