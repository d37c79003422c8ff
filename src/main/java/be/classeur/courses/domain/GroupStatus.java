package be.classeur.courses.domain;

import org.springframework.modulith.NamedInterface;

@NamedInterface("domain")
public enum GroupStatus {
    PLANNED, RUNNING, CLOSED;

    public String labelKey() {
        return "courses.groupStatus." + name();
    }
}
