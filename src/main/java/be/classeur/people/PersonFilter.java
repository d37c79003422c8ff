package be.classeur.people;

/**
 * Filter of the guardian and trainer grids; {@code restrictedOnly} keeps the records whose processing is restricted
 * (art. 18), with the rule {@link PersonDirectory#countRestricted()} counts with.
 */
public record PersonFilter(String text, ArchiveFilter archive, boolean restrictedOnly) {
    public PersonFilter(String text, ArchiveFilter archive) {
        this(text, archive, false);
    }

    public static PersonFilter active() {
        return new PersonFilter(null, ArchiveFilter.ACTIVE);
    }

    /** The restricted people, archived ones included: the list the dashboard's figure opens. */
    public static PersonFilter restricted() {
        return new PersonFilter(null, ArchiveFilter.ALL, true);
    }
}
