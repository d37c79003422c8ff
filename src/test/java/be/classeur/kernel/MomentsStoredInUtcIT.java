package be.classeur.kernel;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Pupil;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Moments are instants stored in UTC, whatever the JVM's zone: the raw column read over plain JDBC holds the UTC time.
 * The build runs this class twice, once in the default zone and once in Pacific/Auckland (pom.xml, surefire execution
 * moments-far-zone), on H2 and on MariaDB.
 */
@SpringBootTest
class MomentsStoredInUtcIT {
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aMomentWrittenThroughTheServiceIsStoredInUtcAndShownInBrussels() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Pupil saved = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Horace");
            pupil.setLastName(unique("Horloge"));
            pupil.setSchoolYear(SchoolYear.P3);
            Guardian mother = new Guardian();
            mother.setFirstName("Hortense");
            mother.setLastName(pupil.getLastName());
            return pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(mother, Relationship.MOTHER)));
        });
        Instant after = clock.instant();

        LocalDateTime raw = jdbc.queryForObject("select created_at from pupil where id = ?", LocalDateTime.class, saved.getId());
        assertThat(raw).as("the raw column, in UTC (JVM zone %s)", TimeZone.getDefault().getID())
                .isBetween(utc(before), utc(after));
        Instant read = as(users, "admin", () -> pupils.forEdit(saved.getId()).getCreatedAt());
        assertThat(read).as("read back as the same instant").isEqualTo(raw.toInstant(ZoneOffset.UTC));
        // The test clock starts on 26/11/2026, in winter time: Brussels is UTC+1.
        assertThat(DisplayFormats.DATE_TIME.format(read)).as("shown in Brussels time")
                .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(raw.plusHours(1)));

        LocalDateTime audited = jdbc.queryForObject("select max(occurred_at) from audit_event where subject_kind = 'PUPIL'"
                + " and subject_id = ?", LocalDateTime.class, saved.getId());
        assertThat(audited).as("the audit line's moment, in UTC").isBetween(utc(before), utc(after));
    }

    @Test
    void theChangesetRewritesAnOldBrusselsMomentInUtc() throws Exception {
        // A scratch table shaped like the moment columns (Liquibase's datetime), so no shared row is touched.
        String table = "moment_probe_" + Long.toString(System.nanoTime(), 36);
        String datetime = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).contains("H2")
                ? "timestamp" : "datetime";
        jdbc.execute("create table " + table + " (id bigint primary key, at_moment " + datetime + ")");
        try {
            // Written by the old code on a UTC JVM: 26/11/2026 09:00 in Brussels stored an hour ahead; then 25/10/2026
            // 02:30 from a Brussels JVM, the autumn hour that happens twice.
            jdbc.update("insert into " + table + " values (1, ?), (2, ?), (3, null)",
                    LocalDateTime.of(2026, 11, 26, 10, 0), LocalDateTime.of(2026, 10, 25, 2, 30));
            int converted = jdbc.execute((java.sql.Connection c) -> {
                int n = MomentsToUtc.convert(c, table, "at_moment", ZoneOffset.UTC, "id = 1");
                return n + MomentsToUtc.convert(c, table, "at_moment", DisplayFormats.ZONE, "id = 2");
            });
            assertThat(converted).isEqualTo(2);
            assertThat(jdbc.queryForList("select at_moment from " + table + " order by id", LocalDateTime.class))
                    .containsExactly(LocalDateTime.of(2026, 11, 26, 8, 0), LocalDateTime.of(2026, 10, 25, 0, 30), null);
        } finally {
            jdbc.execute("drop table " + table);
        }
    }

    private static LocalDateTime utc(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
