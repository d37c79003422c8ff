package be.classeur.ui;

/** Where the shell's own pages are. */
public final class ShellLocations {
    /** The start page, which forwards to the first page the user may open. */
    public static final String HOME = "";

    private ShellLocations() {
    }
}
