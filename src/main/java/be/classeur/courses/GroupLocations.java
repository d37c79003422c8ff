package be.classeur.courses;

/** Where the courses pages are: the {@code @Route} values of its views and the path of a group's page. */
public final class GroupLocations {
    public static final String GROUPS = "groups";
    public static final String PERIODS = "periods";

    private GroupLocations() {
    }

    /** The route of the group's detail page, e.g. {@code groups/7}. */
    public static String group(long id) {
        return GROUPS + "/" + id;
    }
}
