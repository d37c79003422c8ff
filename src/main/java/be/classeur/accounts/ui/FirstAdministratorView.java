package be.classeur.accounts.ui;

import be.classeur.accounts.AccountLocations;
import be.classeur.accounts.AccountService;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.ui.components.Notifications;
import be.classeur.ui.components.OneClick;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * First start of a production installation: while no account exists, asks for the first administrator.
 * As soon as one account exists this page only forwards to the login page.
 */
@Route(value = AccountLocations.SETUP, autoLayout = false)
@AnonymousAllowed
public class FirstAdministratorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final transient AccountService accounts;
    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button create = new Button();

    public FirstAdministratorView(AccountService accounts) {
        this.accounts = accounts;
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setLabel(getTranslation("accounts.field.username"));
        displayName.setLabel(getTranslation("accounts.field.displayName"));
        password.setLabel(getTranslation("accounts.field.password"));
        password.setHelperText(getTranslation("accounts.password.help", AccountService.MINIMUM_PASSWORD_LENGTH));
        repeat.setLabel(getTranslation("accounts.field.passwordRepeat"));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {username, displayName, password, repeat}) {
            field.setRequiredIndicatorVisible(true);
        }
        create.setText(getTranslation("accounts.setup.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        OneClick.onClick(create, e -> createAdministrator());
        FormLayout form = new FormLayout(username, displayName, password, repeat);
        form.setMaxWidth("32rem");
        add(new H1(getTranslation("accounts.setup.title")), new Paragraph(getTranslation("accounts.setup.intro")), form, create);
    }

    private void createAdministrator() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("accounts.error.passwordsDiffer"));
            return;
        }
        try {
            accounts.createFirstAdministrator(username.getValue(), displayName.getValue(), password.getValue());
            Notifications.success("accounts.setup.done");
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (BusinessRuleException e) {
            Notifications.rule(e);
        } catch (jakarta.validation.ConstraintViolationException e) {
            Notifications.error("accounts.error.invalid");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!accounts.noAccountExists()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.setup.title");
    }
}
