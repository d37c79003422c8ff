package be.classeur.kernel;

/** The kinds of data subject Classeur keeps records about. */
public enum PersonKind {
    PUPIL, GUARDIAN, TRAINER;

    public String labelKey() {
        return "kernel.personKind." + name();
    }
}
