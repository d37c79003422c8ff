package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;

/** The kinds of contact that move a person's last-contact date. */
@NamedInterface("domain")
public enum ContactKind {
    EMAIL, PHONE, MEETING, ENROLMENT;

    public String labelKey() {
        return "people.contact.kind." + name();
    }
}
