package be.classeur.people;

/** Which people a list shows: the active ones by default, archived ones on request. */
public enum ArchiveFilter {
    ACTIVE, ARCHIVED, ALL;

    public String labelKey() {
        return "people.archiveFilter." + name();
    }
}
