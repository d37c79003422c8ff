package be.classeur.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The columns one account hides in one list grid: column keys, comma-separated, never personal data. */
@Entity
@Table(name = "grid_column_choice")
class GridColumnChoice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "grid_key", nullable = false, length = 40)
    private String gridKey;

    @Column(name = "hidden_columns", nullable = false, length = 500)
    private String hiddenColumns = "";

    protected GridColumnChoice() {
    }

    GridColumnChoice(Long accountId, String gridKey) {
        this.accountId = accountId;
        this.gridKey = gridKey;
    }

    Set<String> hiddenColumns() {
        return Arrays.stream(hiddenColumns.split(",")).filter(key -> !key.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    void hide(Set<String> columns) {
        hiddenColumns = String.join(",", new TreeSet<>(columns));
    }
}
