package be.classeur.consent.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

/** A person's choice for one purpose: given, refused, or given before and now withdrawn (art. 7(3)). */
@NamedInterface("domain")
public enum ConsentStatus implements Labelled {
    GRANTED, REFUSED, WITHDRAWN;

    /** Whether this choice stops the processing (a refusal or a withdrawal, which also honours an objection). */
    public boolean isNo() {
        return this != GRANTED;
    }

    @Override
    public String labelKey() {
        return "consent.status." + name();
    }
}
