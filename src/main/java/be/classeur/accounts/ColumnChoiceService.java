package be.classeur.accounts;

import be.classeur.kernel.ColumnChoices;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every signed-in user's own choice of columns in the list grids; nobody reads or writes another account's. */
@Service
@Transactional(readOnly = true)
public class ColumnChoiceService implements ColumnChoices {
    /** Grid and column keys are the code's constants: short words, so the stored list stays a plain list. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    private final GridColumnChoiceRepository choices;

    ColumnChoiceService(GridColumnChoiceRepository choices) {
        this.choices = choices;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public Optional<Set<String>> hiddenColumns(String gridKey) {
        return AccountService.currentUser()
                .flatMap(user -> choices.findByAccountIdAndGridKey(user.accountId(), requireKey(gridKey)))
                .map(GridColumnChoice::hiddenColumns);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveHiddenColumns(String gridKey, Set<String> hiddenColumns) {
        requireKey(gridKey);
        hiddenColumns.forEach(ColumnChoiceService::requireKey);
        AccountService.currentUser().ifPresent(user -> {
            GridColumnChoice choice = choices.findByAccountIdAndGridKey(user.accountId(), gridKey)
                    .orElseGet(() -> new GridColumnChoice(user.accountId(), gridKey));
            choice.hide(hiddenColumns);
            choices.save(choice);
        });
    }

    private static String requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a grid or column key: " + key);
        }
        return key;
    }
}
