package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;

/**
 * Where the people pages are: the {@code @Route} values of the people views and the paths other modules link to
 * (the privacy officer's request page opens the person's form from there, a group's roster links to its pupils).
 */
public final class PersonLocations {
    public static final String PUPILS = "pupils";
    public static final String GUARDIANS = "guardians";
    public static final String TRAINERS = "trainers";
    public static final String LINK_REVIEW = "guardian-links/review";
    public static final String CATALOGUES = "catalogues";

    /** The query parameter that opens the person's form in rectification mode for the given rights request. */
    public static final String RECTIFICATION = "rectification";

    /** The query parameter of the pupil, guardian and trainer lists that keeps only restricted records (art. 18). */
    public static final String RESTRICTED = "restricted";

    private PersonLocations() {
    }

    /** The route of the person's detail page, e.g. {@code pupils/12}. */
    public static String detail(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> pupil(person.id());
            case GUARDIAN -> guardian(person.id());
            case TRAINER -> trainer(person.id());
        };
    }

    /**
     * The list of the people of one kind whose processing is restricted (art. 18), archived ones included, e.g.
     * {@code pupils?restricted=true}: the rows {@link PersonDirectory#countRestricted()} counts.
     */
    public static String restricted(PersonKind kind) {
        String list = switch (kind) {
            case PUPIL -> PUPILS;
            case GUARDIAN -> GUARDIANS;
            case TRAINER -> TRAINERS;
        };
        return list + "?" + RESTRICTED + "=true";
    }

    public static String pupil(long id) {
        return PUPILS + "/" + id;
    }

    public static String guardian(long id) {
        return GUARDIANS + "/" + id;
    }

    public static String trainer(long id) {
        return TRAINERS + "/" + id;
    }
}
