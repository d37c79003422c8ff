package be.classeur.privacy.domain;

import org.springframework.modulith.NamedInterface;

/** How a rights request reached the organisation. */
@NamedInterface("domain")
public enum RequestChannel {
    EMAIL, POST, IN_PERSON, WEB_FORM;

    public String labelKey() {
        return "privacy.channel." + name();
    }
}
