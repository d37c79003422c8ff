package be.classeur.kernel;

/** The fixed list of school years of the Belgian French-speaking system, plus higher education and adults. */
public enum SchoolYear {
    P1("1P"), P2("2P"), P3("3P"), P4("4P"), P5("5P"), P6("6P"),
    S1("1S"), S2("2S"), S3("3S"), S4("4S"), S5("5S"), S6("6S"), S7("7S"),
    HIGHER("sup"), ADULT("adulte");

    private final String code;

    SchoolYear(String code) {
        this.code = code;
    }

    /** The short code an administrator types and sees in lists, e.g. "3P" or "1S". */
    public String code() {
        return code;
    }

    /** Translation key of the label. */
    public String labelKey() {
        return "kernel.schoolYear." + name();
    }
}
