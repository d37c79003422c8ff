package be.classeur.accounts.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.Role;
import be.classeur.accounts.UserAccount;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** An account linked to a trainer shows the trainer's name; a different display name is pointed out. */
@SpringBootTest
@WithUserDetails("admin")
class AccountTrainerNameViewTest extends SpringBrowserlessTest {
    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Autowired
    AccountService accounts;
    @Autowired
    TrainerService trainers;

    private Trainer trainer(String lastName) {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Élodie");
        trainer.setLastName(lastName);
        return trainers.save(trainer);
    }

    private String account(String displayName, Trainer trainer) {
        String username = unique("lien.");
        UserAccount account = new UserAccount(username, displayName, Set.of(Role.TRAINER));
        account.setTrainerId(trainer.getId());
        accounts.create(account, PASSWORD);
        return username;
    }

    private AccountsView listing(String username) {
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        return view;
    }

    @Test
    void theGridShowsTheTrainersNameAndFlagsAnotherDisplayName() {
        Trainer trainer = trainer(unique("Martin"));
        String username = account("Quelqu’un d’autre", trainer);
        AccountsView view = listing(username);

        assertThat(test(view.grid).getLitRendererPropertyValue(0, "trainer", "trainer", String.class))
                .isEqualTo("Élodie " + trainer.getLastName());
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "trainer", "mismatch", Boolean.class)).isTrue();
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "trainer", "mismatchBadge", String.class))
                .isEqualTo("Nom différent");
        assertThat(view.grid.getColumnByKey("trainer").getHeaderText()).isEqualTo("Formateur·rice");
    }

    @Test
    void theSameNameInAnotherOrderCaseOrAccentsIsNoMismatch() {
        Trainer trainer = trainer(unique("Dubois"));
        String username = account(trainer.getLastName().toUpperCase() + " elodie", trainer);
        AccountsView view = listing(username);

        assertThat(test(view.grid).getLitRendererPropertyValue(0, "trainer", "mismatch", Boolean.class)).isFalse();
        assertThat(AccountsView.sameName("Élodie Dubois", "dubois, ELODIE")).isTrue();
        assertThat(AccountsView.sameName("Élodie Dubois", "Élodie Dupont")).isFalse();
    }

    @Test
    void theFormWarnsOfTheMismatchAndTakesTheTrainersNameOnRequest() {
        Trainer trainer = trainer(unique("Leroy"));
        String username = account("Ancien nom", trainer);
        AccountsView view = listing(username);

        test(view.grid).clickRow(0);
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();

        assertThat(dialog.nameMismatch.isVisible()).isTrue();
        assertThat(dialog.nameMismatch.getText()).contains("Ancien nom").contains("Élodie " + trainer.getLastName());
        test(dialog.useTrainerName).click();

        assertThat(dialog.displayName.getValue()).isEqualTo("Élodie " + trainer.getLastName());
        assertThat(dialog.nameMismatch.isVisible()).isFalse();
        test(dialog.save).click();
        assertThat(accounts.search(username, org.springframework.data.domain.PageRequest.of(0, 1)).getContent().getFirst().displayName())
                .isEqualTo("Élodie " + trainer.getLastName());
    }
}
