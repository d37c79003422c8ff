package be.classeur.kernel;

/** The fixed list of school years of the Belgian French-speaking system, plus higher education and adults. */
public enum SchoolYear implements Labelled {
    P1("1P", 11), P2("2P", 12), P3("3P", 13), P4("4P", 14), P5("5P", 15), P6("6P", 16),
    S1("1S", 21), S2("2S", 22), S3("3S", 23), S4("4S", 24), S5("5S", 25), S6("6S", 26), S7("7S", 27),
    HIGHER("sup", 30), ADULT("adulte", 40);

    private final String code;
    private final int schoolOrder;

    SchoolYear(String code, int schoolOrder) {
        this.code = code;
        this.schoolOrder = schoolOrder;
    }

    /** The short code an administrator types, e.g. "3P" or "1S"; stored codes, not text for the reader. */
    public String code() {
        return code;
    }

    /**
     * The year's place in a pupil's path, stored beside the year so that grids sort in school order in the database.
     * Numbers, not the declaration order: a year added later (nursery, say) fits in the gaps without renumbering the
     * stored rows. Changing a number needs a changeset that updates the stored ranks.
     */
    public int schoolOrder() {
        return schoolOrder;
    }

    /** Translation key of the label. */
    @Override
    public String labelKey() {
        return "kernel.schoolYear." + name();
    }

    /** Translation key of the short label a grid shows: the code for school years, a word for "sup" and "adulte". */
    public String shortLabelKey() {
        return "kernel.schoolYear.short." + name();
    }
}
