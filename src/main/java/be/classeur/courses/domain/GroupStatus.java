package be.classeur.courses.domain;

import be.classeur.kernel.Labelled;
import org.springframework.modulith.NamedInterface;

@NamedInterface("domain")
public enum GroupStatus implements Labelled {
    PLANNED, RUNNING, CLOSED;

    @Override
    public String labelKey() {
        return "courses.groupStatus." + name();
    }
}
