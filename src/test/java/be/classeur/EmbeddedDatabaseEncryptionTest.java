package be.classeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** The embedded default database, as configured in application.properties, keeps personal data encrypted on disk. */
class EmbeddedDatabaseEncryptionTest {

    @Test
    void theDefaultDatabaseFileIsEncrypted(@TempDir Path dir) throws Exception {
        Properties settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        String url = settings.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/").contains("CIPHER=AES");

        String testUrl = url.replace("./data/", dir.toString() + "/");
        String password = settings.getProperty("classeur.db.file-key") + " " + settings.getProperty("classeur.db.user-password");
        String secret = "Philomène Vandersmissen-Secret";
        try (Connection connection = DriverManager.getConnection(testUrl, settings.getProperty("spring.datasource.username"), password);
             Statement statement = connection.createStatement()) {
            statement.execute("create table person (name varchar(100))");
            statement.execute("insert into person values ('" + secret + "')");
            statement.execute("checkpoint sync");
        }
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(0);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Vandersmissen").doesNotContain("PERSON");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("Vandersmissen");
    }
}
