package be.classeur.dashboard;

/** Where the dashboard lives. */
public final class DashboardLocations {
    /** The privacy officer's start page. */
    public static final String DASHBOARD = "dashboard";

    private DashboardLocations() {
    }
}
