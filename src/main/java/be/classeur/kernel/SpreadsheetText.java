package be.classeur.kernel;

/**
 * The one rule for text written to a CSV export: a cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that a name or a note cannot run as one.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {
    }

    public static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
