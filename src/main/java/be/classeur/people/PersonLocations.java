package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;

/**
 * Where a person's page is, for modules that link to it without seeing the people views (the privacy officer's
 * request page opens the person's form from there).
 */
public final class PersonLocations {
    /** The query parameter that opens the person's form in rectification mode for the given rights request. */
    public static final String RECTIFICATION = "rectification";

    private PersonLocations() {
    }

    /** The route of the person's detail page, e.g. {@code pupils/12}. */
    public static String detail(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> "pupils/" + person.id();
            case GUARDIAN -> "guardians/" + person.id();
            case TRAINER -> "trainers/" + person.id();
        };
    }
}
