package be.classeur.consent;

/** Where the purposes' page is. */
public final class PurposeLocations {
    /** The purposes of processing (register), edited by the privacy officer. */
    public static final String PURPOSES = "finalites";

    private PurposeLocations() {
    }
}
