package be.classeur.accounts.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.accounts.AccountRow;
import be.classeur.accounts.AccountService;
import be.classeur.accounts.ClasseurUser;
import be.classeur.accounts.Role;
import be.classeur.accounts.UserAccount;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Trainer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The account screen, driven like an administrator would, on the real services and database. Every account changed
 * here is created by the test itself: the demo accounts (admin, formateur, dpo, direction) are never touched.
 */
@SpringBootTest
@WithUserDetails("admin")
class AccountsViewTest extends SpringBrowserlessTest {
    private static final String GOOD_PASSWORD = "un-mot-de-passe-solide";

    @Autowired
    AccountService accounts;
    @Autowired
    TrainerService trainers;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void adminCreatesATrainerAccountLinkedToATrainer() {
        Trainer trainer = trainers.save(trainer(unique("Lie")));
        String username = unique("form.");
        AccountsView view = navigate(AccountsView.class);

        test(view.create).click();
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Formateur " + trainer.getLastName());
        test(dialog.roles).selectItem(view.getTranslation(Role.TRAINER.labelKey()));
        assertThat(dialog.trainer.isRequiredIndicatorVisible()).isTrue();
        test(dialog.trainer).setFilter(trainer.getLastName());
        List<Long> suggestions = test(dialog.trainer).getSuggestionItems();
        assertThat(suggestions).containsExactly(trainer.getId());
        dialog.trainer.setValue(suggestions.getFirst());
        test(dialog.password).setValue(GOOD_PASSWORD);
        test(dialog.repeat).setValue(GOOD_PASSWORD);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        UserDetails loaded = userDetailsService.loadUserByUsername(username);
        assertThat(loaded.isEnabled()).isTrue();
        assertThat(loaded.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_TRAINER");
        assertThat(loaded).isInstanceOfSatisfying(ClasseurUser.class,
                user -> assertThat(user.trainerId()).isEqualTo(trainer.getId()));
        test(view.search).setValue(username);
        assertThat(rows(view)).extracting(AccountRow::username).containsExactly(username);
    }

    @Test
    void aTrainerAccountWithoutATrainerIsRefused() {
        String username = unique("sanslien.");
        AccountsView view = navigate(AccountsView.class);

        test(view.create).click();
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Sans lien");
        test(dialog.roles).selectItem(view.getTranslation(Role.TRAINER.labelKey()));
        test(dialog.password).setValue(GOOD_PASSWORD);
        test(dialog.repeat).setValue(GOOD_PASSWORD);
        test(dialog.save).click();

        assertThat(dialog.trainer.isInvalid()).isTrue();
        assertThat(dialog.trainer.getErrorMessage()).isEqualTo(view.getTranslation("accounts.error.trainerLinkRequired"));
        assertThat(dialog.isOpened()).isTrue();
        assertNoAccount(username);
    }

    @Test
    void disablingAnAccountAsksForConfirmationFirst() {
        String username = unique("dpo.");
        accounts.create(new UserAccount(username, "À désactiver", Set.of(Role.PRIVACY_OFFICER)), GOOD_PASSWORD);
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0); // one click opens the account (issue 10)
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();
        assertThat(dialog.username.getValue()).isEqualTo(username);
        assertThat(dialog.enabled.getValue()).isTrue();
        test(dialog.enabled).click();
        assertThat(dialog.enabled.getValue()).isFalse();
        test(dialog.save).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).contains(username);
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).as("nothing happens before confirming").isTrue();
        test(confirm).cancel();
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.save).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isFalse();
        assertThat(rows(view)).singleElement().satisfies(account -> assertThat(account.enabled()).isFalse());
    }

    @Test
    void aTooShortPasswordIsRefusedAndNothingIsCreated() {
        String username = unique("court.");
        AccountsView view = navigate(AccountsView.class);

        test(view.create).click();
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();
        fillPrivacyOfficer(view, dialog, username);
        String tooShort = "a".repeat(AccountService.MINIMUM_PASSWORD_LENGTH - 1);
        test(dialog.password).setValue(tooShort);
        test(dialog.repeat).setValue(tooShort);
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage())
                .isEqualTo(view.getTranslation("accounts.error.passwordTooShort", AccountService.MINIMUM_PASSWORD_LENGTH))
                .contains("au moins " + AccountService.MINIMUM_PASSWORD_LENGTH);
        assertThat(dialog.isOpened()).isTrue();
        assertNoAccount(username);
    }

    @Test
    void aMismatchingRepeatIsRefusedAndNothingIsCreated() {
        String username = unique("diff.");
        AccountsView view = navigate(AccountsView.class);

        test(view.create).click();
        AccountsView.AccountDialog dialog = $(AccountsView.AccountDialog.class).single();
        fillPrivacyOfficer(view, dialog, username);
        test(dialog.password).setValue(GOOD_PASSWORD);
        test(dialog.repeat).setValue(GOOD_PASSWORD + "x");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isFalse();
        assertThat(dialog.repeat.isInvalid()).isTrue();
        assertThat(dialog.repeat.getErrorMessage()).isEqualTo(view.getTranslation("accounts.error.passwordsDiffer"))
                .contains("diffèrent");
        assertThat(dialog.isOpened()).isTrue();
        assertNoAccount(username);

        test(dialog.repeat).setValue(GOOD_PASSWORD);
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(username).getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_PRIVACY_OFFICER");
    }

    @Test
    void settingATooShortPasswordOnAnAccountIsRefused() {
        String username = unique("mdp.");
        accounts.create(new UserAccount(username, "Mot de passe", Set.of(Role.PRIVACY_OFFICER)), GOOD_PASSWORD);
        String hashBefore = userDetailsService.loadUserByUsername(username).getPassword();
        AccountsView view = navigate(AccountsView.class);
        test(view.search).setValue(username);

        assertThat(test(view.grid).size()).isEqualTo(1);
        AccountsView.PasswordDialog dialog = view.openSetPassword(test(view.grid).getRow(0));
        roundTrip(); // a dialog opened from code is attached on the next round trip, as in the browser
        test(dialog.password).setValue("court");
        test(dialog.repeat).setValue("court");
        test(dialog.save).click();

        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(userDetailsService.loadUserByUsername(username).getPassword()).isEqualTo(hashBefore);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Trainer trainer(String lastName) {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Compte");
        trainer.setLastName(lastName);
        return trainer;
    }

    private void fillPrivacyOfficer(AccountsView view, AccountsView.AccountDialog dialog, String username) {
        test(dialog.username).setValue(username);
        test(dialog.displayName).setValue("Délégué " + username);
        test(dialog.roles).selectItem(view.getTranslation(Role.PRIVACY_OFFICER.labelKey()));
    }

    private void assertNoAccount(String username) {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
    }

    /** What the grid's data provider yields for the first page, as the browser would ask for it. */
    private static List<AccountRow> rows(AccountsView view) {
        return view.grid.getDataProvider().fetch(new Query<>(0, 200, List.of(), null, null)).toList();
    }
}
