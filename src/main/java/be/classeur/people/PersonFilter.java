package be.classeur.people;

/** Filter of the guardian and trainer grids. */
public record PersonFilter(String text, ArchiveFilter archive) {
    public static PersonFilter active() {
        return new PersonFilter(null, ArchiveFilter.ACTIVE);
    }
}
