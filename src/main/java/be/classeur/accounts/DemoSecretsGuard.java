package be.classeur.accounts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Under the prod profile, refuses to start while a demo secret or a demo account is in use,
 * and names the setting to change. The checks on settings run before the database is touched.
 */
@Component
@Profile("prod")
@Order(0)
class DemoSecretsGuard implements ApplicationRunner {
    static final String DEMO_FILE_KEY = "demo-file-key-change-me";
    static final String DEMO_DB_PASSWORD = "demo-db-password-change-me";

    private final AccountService accountService;

    DemoSecretsGuard(Environment environment, AccountService accountService) {
        this.accountService = accountService;
        List<String> problems = demoSettingsInUse(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with the prod profile: " + String.join("; ", problems));
        }
    }

    static List<String> demoSettingsInUse(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("classeur.demo.enabled", Boolean.class, false)) {
            problems.add("demo data is enabled: set classeur.demo.enabled=false");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:")) {
            if (DEMO_FILE_KEY.equals(environment.getProperty("classeur.db.file-key"))) {
                problems.add("the database file key is the demo key: set CLASSEUR_DB_FILE_KEY (classeur.db.file-key)");
            }
            if (DEMO_DB_PASSWORD.equals(environment.getProperty("classeur.db.user-password"))) {
                problems.add("the database password is the demo password: set CLASSEUR_DB_USER_PASSWORD (classeur.db.user-password)");
            }
        }
        return problems;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> usable = DemoAccounts.ALL.stream()
                .filter(demo -> accountService.hasPassword(demo.username(), demo.password()))
                .map(DemoAccounts.DemoAccount::username)
                .toList();
        if (!usable.isEmpty()) {
            throw new IllegalStateException("Refusing to start with the prod profile: demo accounts " + usable
                    + " still log in with their demo password; set a new password or disable them (Comptes).");
        }
    }
}
