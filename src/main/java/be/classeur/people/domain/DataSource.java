package be.classeur.people.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** How the organisation received a pupil's data (the privacy policy lists these channels). */
@NamedInterface("domain")
public enum DataSource implements Labelled {
    CONTACT_FORM, EMAIL, PHONE, SESSION, IMPORT;

    @Override
    public String labelKey() {
        return "people.dataSource." + name();
    }
}
