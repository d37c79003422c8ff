package be.classeur.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start with no account, creates the first administrator from CLASSEUR_ADMIN_USERNAME and
 * CLASSEUR_ADMIN_PASSWORD, or says that the /setup page will ask for it. No default account ever exists.
 */
@Component
@Order(20)
class FirstAdministratorBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministratorBootstrap(AccountService accounts,
                                @Value("${classeur.bootstrap.admin-username:}") String username,
                                @Value("${classeur.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noAccountExists()) {
            return;
        }
        if (!username.isBlank() && !password.isBlank()) {
            accounts.createFirstAdministrator(username, username, password);
            log.info("Created the first administrator '{}' from the environment.", username);
        } else {
            log.warn("No account exists yet: open /setup in the browser to create the first administrator, "
                    + "or set CLASSEUR_ADMIN_USERNAME and CLASSEUR_ADMIN_PASSWORD and restart.");
        }
    }
}
