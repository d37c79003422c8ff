package be.classeur.accounts;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The column picker's choice, stored in the database per account and per grid. */
@SpringBootTest
@WithUserDetails("admin")
class ColumnChoiceServiceIT {
    @Autowired
    ColumnChoiceService choices;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** A grid key of this test only: tests share one database. */
    private static String gridKey() {
        return "it" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aChoiceIsStoredForTheSignedInAccountAndReadBack() {
        String grid = gridKey();
        assertThat(choices.hiddenColumns(grid)).as("never chosen: the grid's defaults apply").isEmpty();

        choices.saveHiddenColumns(grid, Set.of("email", "phone"));

        assertThat(choices.hiddenColumns(grid)).contains(Set.of("email", "phone"));
        long adminId = accounts.findByUsernameIgnoreCase("admin").orElseThrow().getId();
        assertThat(jdbc.queryForObject("select hidden_columns from grid_column_choice where account_id = ? and grid_key = ?",
                String.class, adminId, grid)).isEqualTo("email,phone");
    }

    @Test
    void aNewChoiceReplacesTheOldOneAndShowingEverythingIsAChoiceToo() {
        String grid = gridKey();
        choices.saveHiddenColumns(grid, Set.of("email"));
        choices.saveHiddenColumns(grid, Set.of("city"));
        assertThat(choices.hiddenColumns(grid)).contains(Set.of("city"));

        choices.saveHiddenColumns(grid, Set.of());

        assertThat(choices.hiddenColumns(grid)).as("nothing hidden, not 'never chosen'").contains(Set.of());
        assertThat(jdbc.queryForObject("select count(*) from grid_column_choice where grid_key = ?", Long.class, grid)).isEqualTo(1);
    }

    @Test
    void eachAccountHasItsOwnChoice() {
        String grid = gridKey();
        choices.saveHiddenColumns(grid, Set.of("email"));

        Optional<Set<String>> dpoChoice = as(users, "dpo", () -> choices.hiddenColumns(grid));
        assertThat(dpoChoice).isEmpty();
        as(users, "dpo", () -> {
            choices.saveHiddenColumns(grid, Set.of("phone"));
            return null;
        });

        assertThat(choices.hiddenColumns(grid)).contains(Set.of("email"));
        assertThat(as(users, "dpo", () -> choices.hiddenColumns(grid))).contains(Set.of("phone"));
    }

    @Test
    void keysAreTheCodesConstantsNotFreeText() {
        assertThatThrownBy(() -> choices.saveHiddenColumns(gridKey(), Set.of("email,phone")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> choices.hiddenColumns("<script>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        String grid = gridKey();
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            assertThatThrownBy(() -> choices.hiddenColumns(grid)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> choices.saveHiddenColumns(grid, Set.of("email")))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
