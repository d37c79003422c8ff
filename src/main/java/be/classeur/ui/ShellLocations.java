package be.classeur.ui;

/** Where the shell's own pages are. */
public final class ShellLocations {
    /** The start page, which forwards to the first page the user may open. */
    public static final String HOME = "";
    /** The id of every page's {@code <main>} landmark. */
    public static final String MAIN_CONTENT = "main-content";
    /** Where the "skip to content" link points. */
    public static final String SKIP_TO_CONTENT = "#" + MAIN_CONTENT;

    private ShellLocations() {
    }
}
