package be.classeur.kernel;

/**
 * A number the shell shows beside one entry of the side navigation, such as the rights requests that need the
 * privacy officer soon. Feature modules implement it as Spring beans; the shell knows only this interface, so it
 * never imports a feature module. Computed on each navigation for the signed-in user.
 */
public interface NavigationBadge {
    /** The route of the menu entry it decorates, as in its {@code @Route} (a constant of the module's {@code *Locations} class, e.g. {@code RequestLocations.REQUESTS}). */
    String path();

    /**
     * How many things wait for the signed-in user there; 0 shows no badge. Must answer 0, without failing, for a user
     * who may not see them.
     */
    long count();

    /** The translation key of the badge's accessible label, with the count as {0}. */
    String labelKey();
}
