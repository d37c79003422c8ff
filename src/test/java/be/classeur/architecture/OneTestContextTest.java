package be.classeur.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Spring test shares one application context (the end-to-end tests one more, with a web server). A test that
 * changes the context's configuration starts another one, and Vaadin's security then points the global security
 * context at the newest context's holder: the method security of the older, cached context no longer sees who the
 * test signed in as, and unrelated tests fail with "Access Denied" depending on their order. Put shared test beans in
 * a scanned {@code @Component} instead, settings in the test profile's properties, and use the real beans, not test doubles.
 */
class OneTestContextTest {
    private static final Pattern CONTEXT_CHANGES = Pattern.compile(
            "@(Import|TestPropertySource|ActiveProfiles|DirtiesContext|MockitoBean|MockitoSpyBean|ContextConfiguration|TestConfiguration|Configuration|Bean)\\b"
                    + "|@SpringBootTest\\(");
    /** The one other context: the end-to-end tests' real web server. */
    private static final List<String> ALLOWED = List.of("e2e/E2ESupport.java");

    @Test
    void noTestChangesTheSharedContext() throws IOException {
        Path tests = Path.of("src/test/java/be/classeur");
        try (Stream<Path> files = Files.walk(tests)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("OneTestContextTest.java"))
                    .filter(f -> ALLOWED.stream().noneMatch(a -> f.toString().replace('\\', '/').endsWith(a)))
                    .filter(f -> {
                        try {
                            return CONTEXT_CHANGES.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> tests.relativize(f).toString()).toList();
            assertThat(offenders).as("tests that start a second Spring context").isEmpty();
        }
    }
}
