package be.classeur.privacy.domain;

/** How a rights request reached the organisation. */
public enum RequestChannel {
    EMAIL, POST, IN_PERSON, WEB_FORM;

    public String labelKey() {
        return "privacy.channel." + name();
    }
}
