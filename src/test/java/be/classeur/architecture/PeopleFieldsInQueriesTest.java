package be.classeur.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * People's names and details reach other modules through people's own lookups, never through a query string of
 * another module that joins a person and reads their fields (sorting by {@code p.lastName} included): such a query
 * bypasses people's access checks and breaks silently when a field moves. This scan finds a {@code @Query} outside
 * {@code people} naming one of people's entity fields through an alias ({@code alias.lastName}).
 */
class PeopleFieldsInQueriesTest {
    private static final Path SOURCES = Path.of("src/main/java/be/classeur");
    private static final Path PEOPLE = SOURCES.resolve("people");

    /** From the annotation to the end of the method it sits on: the query text, whatever its quoting. */
    private static final Pattern QUERY = Pattern.compile("@Query\\s*\\([^;]*;");
    private static final Pattern PEOPLE_FIELD = Pattern.compile(
            "\\b[A-Za-z_]\\w*\\.(firstName|lastName|birthDate|email|phone|street|postalCode|city|notes|schoolYear|schoolYearRank)\\b");

    @Test
    void queriesOutsidePeopleDoNotReadPeoplesFields() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(PEOPLE))
                    .forEach(f -> offences.addAll(offences(f)));
        }
        assertThat(offences).as("@Query strings reading people's fields; look names up through people's API").isEmpty();
    }

    @Test
    void theScanFindsAQueryThatSortsByName() {
        String old = """
                @Query("select e from Enrolment e join fetch e.pupil p where e.group.id = :groupId order by p.lastName")
                List<Enrolment> findByGroupWithPupil(@Param("groupId") Long groupId);""";
        assertThat(offences("Old.java", old)).hasSize(1);
        assertThat(offences("New.java", old.replace(" order by p.lastName", ""))).isEmpty();
    }

    private static List<String> offences(Path file) {
        try {
            return offences(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offences(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher query = QUERY.matcher(source);
        while (query.find()) {
            Matcher field = PEOPLE_FIELD.matcher(query.group());
            while (field.find()) {
                found.add(file + ": " + field.group());
            }
        }
        return found;
    }
}
