package be.classeur.people.domain;

import org.springframework.modulith.NamedInterface;

/** How the organisation received a pupil's data (the privacy policy lists these channels). */
@NamedInterface("domain")
public enum DataSource {
    CONTACT_FORM, EMAIL, PHONE, SESSION, IMPORT;

    public String labelKey() {
        return "people.dataSource." + name();
    }
}
