package be.classeur.accounts.ui;

import be.classeur.accounts.AccountLocations;
import be.classeur.accounts.AccountService;
import be.classeur.kernel.UserPreferences;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

/** The login page, in French unless the visitor picks another language. */
@Route(value = AccountLocations.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final LoginForm login = new LoginForm();
    private final transient AccountService accounts;

    public LoginView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("classeur-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        login.setAction(AccountLocations.LOGIN);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(translatedLoginI18n());

        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("ui.layout.language"));
        language.setItems(UserPreferences.SUPPORTED_LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("ui.language." + l.getLanguage()));
        language.setValue(UserPreferences.SUPPORTED_LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(Locale.FRENCH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                VaadinSession.getCurrent().setAttribute(Locale.class, e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        H1 title = new H1(getTranslation("ui.app.name"));
        add(title, new Paragraph(getTranslation("accounts.login.intro")), login, language);
    }

    private LoginI18n translatedLoginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("accounts.login.title"));
        form.setUsername(getTranslation("accounts.login.username"));
        form.setPassword(getTranslation("accounts.login.password"));
        form.setSubmit(getTranslation("accounts.login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("accounts.login.error.title"));
        error.setMessage(getTranslation("accounts.login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.noAccountExists()) {
            event.forwardTo(FirstAdministratorView.class);
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.login.title");
    }
}
