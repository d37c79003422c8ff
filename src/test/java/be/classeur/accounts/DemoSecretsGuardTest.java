package be.classeur.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoSecretsGuardTest {

    private static MockEnvironment embeddedDemoDefaults() {
        return new MockEnvironment()
                .withProperty("classeur.demo.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/classeur;CIPHER=AES;AUTO_SERVER=FALSE")
                .withProperty("classeur.db.file-key", DemoSecretsGuard.DEMO_FILE_KEY)
                .withProperty("classeur.db.user-password", DemoSecretsGuard.DEMO_DB_PASSWORD);
    }

    @Test
    void theEmbeddedDemoDefaultsAreAllReported() {
        List<String> problems = DemoSecretsGuard.demoSettingsInUse(embeddedDemoDefaults());

        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("classeur.demo.enabled=false"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("CLASSEUR_DB_FILE_KEY").contains("classeur.db.file-key"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("CLASSEUR_DB_USER_PASSWORD").contains("classeur.db.user-password"));
    }

    @Test
    void theSecretsThemselvesAreNeverPrinted() {
        List<String> problems = DemoSecretsGuard.demoSettingsInUse(embeddedDemoDefaults());

        assertThat(String.join("\n", problems))
                .doesNotContain(DemoSecretsGuard.DEMO_FILE_KEY)
                .doesNotContain(DemoSecretsGuard.DEMO_DB_PASSWORD);
    }

    @Test
    void eachDemoSecretIsReportedOnItsOwn() {
        MockEnvironment onlyFileKey = embeddedDemoDefaults()
                .withProperty("classeur.demo.enabled", "false")
                .withProperty("classeur.db.user-password", "a-real-password-from-the-vault");

        assertThat(DemoSecretsGuard.demoSettingsInUse(onlyFileKey))
                .singleElement().asString().contains("CLASSEUR_DB_FILE_KEY");

        MockEnvironment onlyPassword = embeddedDemoDefaults()
                .withProperty("classeur.demo.enabled", "false")
                .withProperty("classeur.db.file-key", "a-real-file-key-from-the-vault");

        assertThat(DemoSecretsGuard.demoSettingsInUse(onlyPassword))
                .singleElement().asString().contains("CLASSEUR_DB_USER_PASSWORD");
    }

    @Test
    void demoDataEnabledIsReportedWhateverTheDatabase() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("classeur.demo.enabled", "true")
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/classeur");

        assertThat(DemoSecretsGuard.demoSettingsInUse(environment))
                .singleElement().asString().contains("classeur.demo.enabled=false");
    }

    @Test
    void nothingForMariaDbWithDemoDisabled() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("classeur.demo.enabled", "false")
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/classeur")
                // the H2 file settings keep their demo defaults but are not used with MariaDB
                .withProperty("classeur.db.file-key", DemoSecretsGuard.DEMO_FILE_KEY)
                .withProperty("classeur.db.user-password", DemoSecretsGuard.DEMO_DB_PASSWORD);

        assertThat(DemoSecretsGuard.demoSettingsInUse(environment)).isEmpty();
    }

    @Test
    void nothingForAnEmbeddedDatabaseWithRealSecretsAndDemoDisabled() {
        MockEnvironment environment = embeddedDemoDefaults()
                .withProperty("classeur.demo.enabled", "false")
                .withProperty("classeur.db.file-key", "a-real-file-key-from-the-vault")
                .withProperty("classeur.db.user-password", "a-real-password-from-the-vault");

        assertThat(DemoSecretsGuard.demoSettingsInUse(environment)).isEmpty();
    }
}
