package be.classeur.kernel;

import java.util.Optional;
import java.util.Set;

/**
 * The columns the signed-in user chose to hide in a list grid, stored per account (the shell's column picker needs it
 * without depending on the accounts module). A grid is named by a short constant key, a column by its grid key.
 */
public interface ColumnChoices {
    /** The columns the signed-in user hid in {@code gridKey}; empty when they never chose (the grid's defaults apply). */
    Optional<Set<String>> hiddenColumns(String gridKey);

    /** Remembers the columns the signed-in user hides in {@code gridKey}. */
    void saveHiddenColumns(String gridKey, Set<String> hiddenColumns);
}
