package be.classeur.kernel;

/** The kinds of data subject Classeur keeps records about. */
public enum PersonKind implements Labelled {
    PUPIL, GUARDIAN, TRAINER;

    @Override
    public String labelKey() {
        return "kernel.personKind." + name();
    }
}
