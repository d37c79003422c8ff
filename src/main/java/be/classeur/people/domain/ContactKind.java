package be.classeur.people.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** The kinds of contact that move a person's last-contact date. */
@NamedInterface("domain")
public enum ContactKind implements Labelled {
    EMAIL, PHONE, MEETING, ENROLMENT,
    /** A trainer's end of collaboration: recorded as their last contact, retention counts from it. */
    END_OF_COLLABORATION;

    @Override
    public String labelKey() {
        return "people.contact.kind." + name();
    }
}
