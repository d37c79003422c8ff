package be.classeur.privacy;

import java.util.Locale;

/** What the privacy module reads from the name of a file it receives. */
final class FileNames {
    private FileNames() {
    }

    /** The extension, lower-case and without the dot; empty when there is none. */
    static String extensionOf(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
