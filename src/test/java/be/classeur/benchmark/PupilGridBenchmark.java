package be.classeur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SchoolYear;
import be.classeur.people.ArchiveFilter;
import be.classeur.people.PupilFilter;
import be.classeur.people.PupilService;
import be.classeur.people.domain.PupilStage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * How fast the pupil grid's pages come from the database with tens of thousands of pupils.
 * Run with {@code ./mvnw test -Pbenchmark} (add {@code -Pmariadb} for MariaDB); it prints median and p95 per query.
 * Rows are bulk-inserted with JDBC because the point is the read path, not the demo loader.
 */
@Tag("benchmark")
@SpringBootTest
@WithUserDetails("admin")
class PupilGridBenchmark {
    private static final int ROUNDS = 30;

    @Autowired
    Clock clock;
    @Autowired
    PupilService pupils;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${classeur.benchmark.pupils:50000}")
    int target;

    @Test
    void printsTheTimesOfTheGridPageQueries() {
        seedUpTo(target);
        long count = jdbc.queryForObject("select count(*) from pupil", Long.class);
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        PageRequest firstPage = PageRequest.of(0, 50);
        queries.put("first page, default sort", () -> pupils.search(PupilFilter.active(), firstPage));
        queries.put("page 200, default sort", () -> pupils.search(PupilFilter.active(), PageRequest.of(200, 50)));
        queries.put("text search 'dupo'", () -> pupils.search(new PupilFilter("dupo", null, null, ArchiveFilter.ACTIVE), firstPage));
        queries.put("two words 'marie dup'", () -> pupils.search(new PupilFilter("marie dup", null, null, ArchiveFilter.ACTIVE), firstPage));
        queries.put("phone '0478'", () -> pupils.search(new PupilFilter("0478", null, null, ArchiveFilter.ACTIVE), firstPage));
        queries.put("school year 3S + enrolled", () -> pupils.search(new PupilFilter(null, PupilStage.ENROLLED, SchoolYear.S3, ArchiveFilter.ACTIVE), firstPage));
        queries.put("sort by last contact desc", () -> pupils.search(PupilFilter.active(), PageRequest.of(0, 50, Sort.by(Sort.Order.desc("lastContactDate")))));
        queries.put("archived only", () -> pupils.search(new PupilFilter(null, null, null, ArchiveFilter.ARCHIVED), firstPage));

        System.out.printf("%nPupil grid benchmark: %d pupils, %d rounds per query, page size 50%n", count, ROUNDS);
        System.out.printf("%-30s %10s %10s %10s%n", "query", "median ms", "p95 ms", "max ms");
        for (var entry : queries.entrySet()) {
            for (int i = 0; i < 3; i++) {
                entry.getValue().get(); // warm-up
            }
            double[] millis = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                entry.getValue().get();
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Arrays.sort(millis);
            System.out.printf("%-30s %10.1f %10.1f %10.1f%n", entry.getKey(), millis[ROUNDS / 2],
                    millis[(int) Math.ceil(ROUNDS * 0.95) - 1], millis[ROUNDS - 1]);
        }
        assertThat(count).isGreaterThanOrEqualTo(target);
    }

    private void seedUpTo(int wanted) {
        long existing = jdbc.queryForObject("select count(*) from pupil", Long.class);
        if (existing >= wanted) {
            return;
        }
        String[] first = {"Marie", "Lucas", "Emma", "Louis", "Olivia", "Noah", "Alice", "Arthur", "Léa", "Jules", "Chloé", "Victor"};
        String[] last = {"Dupont", "Lambert", "Dubois", "Martin", "Peeters", "Janssens", "Leclercq", "Dumont", "Renard", "Lemaire",
                "Dupuis", "Simon", "Laurent", "Mertens", "Claes", "Wouters", "Goossens", "Jacobs", "Michel", "Hermans"};
        Random random = new Random(7);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC); // columns hold UTC
        int missing = (int) (wanted - existing);
        long started = System.nanoTime();
        for (int done = 0; done < missing; ) {
            int batch = Math.min(2000, missing - done);
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                SchoolYear year = SchoolYear.values()[random.nextInt(13)];
                String lastName = last[random.nextInt(last.length)] + (random.nextInt(5) == 0 ? "-" + last[random.nextInt(last.length)] : "");
                String firstName = first[random.nextInt(first.length)];
                rows.add(new Object[] {firstName, lastName,
                        (firstName + "." + lastName + (done + i) + "@example.be").toLowerCase(),
                        String.format("+32 47%d %02d %02d %02d", random.nextInt(10), random.nextInt(100), random.nextInt(100), random.nextInt(100)),
                        "1332", "Genval", "BE", Date.valueOf(LocalDate.now(clock).minusDays(random.nextInt(1800))),
                        random.nextInt(50) == 0, Timestamp.valueOf(now), Timestamp.valueOf(now),
                        Date.valueOf(LocalDate.of(2020 - year.ordinal(), 1, 1).plusDays(random.nextInt(365))), year.name(),
                        PupilStage.values()[random.nextInt(3)].name()});
            }
            jdbc.batchUpdate("""
                    insert into pupil (version, first_name, last_name, email, phone, postal_code, city, country, last_contact_date,
                                       archived, created_at, updated_at, birth_date, school_year, stage)
                    values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            done += batch;
        }
        System.out.printf("Seeded %d pupils in %d ms%n", missing, (System.nanoTime() - started) / 1_000_000);
    }
}
