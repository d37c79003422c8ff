package be.classeur.people;

import be.classeur.kernel.Labelled;

/** Which people a list shows: the active ones by default, archived ones on request. */
public enum ArchiveFilter implements Labelled {
    ACTIVE, ARCHIVED, ALL;

    @Override
    public String labelKey() {
        return "people.archiveFilter." + name();
    }
}
