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
 * No merge-conflict marker is left in the sources: a properties file with one still loads (the marker becomes a key),
 * so nothing else would notice.
 */
class NoConflictMarkersTest {
    private static final Pattern MARKER = Pattern.compile("^(<<<<<<< |=======$|>>>>>>> )", Pattern.MULTILINE);

    @Test
    void noSourceFileHoldsAConflictMarker() throws IOException {
        List<String> marked;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            marked = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(java|properties|ya?ml|xml|css|txt|md|html)$"))
                    .filter(NoConflictMarkersTest::hasMarker)
                    .map(Path::toString).toList();
        }
        assertThat(marked).as("files with a merge-conflict marker").isEmpty();
    }

    private static boolean hasMarker(Path file) {
        try {
            return MARKER.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
