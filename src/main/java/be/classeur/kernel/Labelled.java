package be.classeur.kernel;

/**
 * A value a user sees, shown through its translation key and never through its name or stored code. Every enum whose
 * constants reach a grid, a form, a badge or a letter implements it; the translation test checks that every constant
 * has its label in French, English and Dutch.
 */
public interface Labelled {
    /** The translation key of the label. */
    String labelKey();
}
