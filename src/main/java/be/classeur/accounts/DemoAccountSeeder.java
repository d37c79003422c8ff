package be.classeur.accounts;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo accounts; exists only while demo data is enabled (never under the prod profile). */
@Component
@ConditionalOnProperty(name = "classeur.demo.enabled", havingValue = "true")
public class DemoAccountSeeder {
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccountSeeder(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public boolean demoAccountsExist() {
        return accounts.existsByUsernameIgnoreCase(DemoAccounts.ADMIN.username());
    }

    /** Creates the four demo accounts; the trainer account is linked to {@code trainerId}. */
    @Transactional
    public void createDemoAccounts(long trainerId) {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            UserAccount account = new UserAccount(demo.username(), demo.displayName(), demo.roles());
            account.setPasswordHash(passwordEncoder.encode(demo.password()));
            account.setCreatedAt(clock.instant());
            account.setEmail(demo.email());
            if (demo.roles().contains(Role.TRAINER)) {
                account.setTrainerId(trainerId);
            }
            accounts.save(account);
        }
    }
}
