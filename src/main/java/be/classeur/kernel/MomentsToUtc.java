package be.classeur.kernel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Liquibase change (db/changelog/2026/12/02-moments-utc.yaml): every moment column written before moments became
 * {@link Instant}s is rewritten in UTC.
 *
 * <p>How the old rows were written: the entity held {@code LocalDateTime.now(clock)}, the Brussels wall-clock time
 * {@code W} the pages showed; Hibernate bound it as {@code Timestamp.valueOf(W)} (read in the JVM's default zone) with
 * {@code hibernate.jdbc.time_zone=Europe/Brussels}. The raw column is therefore {@code W} when the JVM ran in Brussels,
 * and {@code W} shifted by the JVM's offset otherwise (on a UTC JVM, an hour ahead in winter: the symptom).
 * This change first reads each value back exactly as the old code did (Brussels calendar, then the JVM's zone), which
 * gives {@code W} again, and then takes {@code W} as Brussels time ({@link #brusselsToInstant}) and stores that instant
 * as UTC, the way Hibernate now binds an {@code Instant} ({@code hibernate.jdbc.time_zone=UTC}). It must therefore run
 * in a JVM with the time zone of the application that wrote the rows, which is how the demo and test databases run.
 *
 * <p>Daylight saving: in the autumn overlap (e.g. 2026-10-25 02:30 happens twice in Brussels) the earlier offset is
 * chosen, summer time (+02:00), so such a moment may move back by at most one hour; the old column could not tell the
 * two apart. A time in the spring gap (e.g. 2026-03-29 02:30, which never happened) moves forward by the length of the
 * gap, as {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does. Neither can happen for a time the clock produced except
 * in that overlap hour.
 */
public class MomentsToUtc extends JdbcDataMigration {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Every moment column, by table, as the changelogs up to 2026-12-01 declare them (type datetime). */
    static final Map<String, List<String>> MOMENTS = Map.ofEntries(
            Map.entry("audit_event", List.of("occurred_at")),
            Map.entry("user_account", List.of("created_at")),
            Map.entry("recipient_notice", List.of("created_at", "read_at")),
            Map.entry("pupil", List.of("archived_at", "anonymised_at", "created_at", "updated_at")),
            Map.entry("guardian", List.of("archived_at", "anonymised_at", "created_at", "updated_at")),
            Map.entry("trainer", List.of("archived_at", "anonymised_at", "created_at", "updated_at")),
            Map.entry("contact_event", List.of("recorded_at")),
            Map.entry("course_group", List.of("created_at", "updated_at")),
            Map.entry("enrolment", List.of("created_at")),
            Map.entry("rights_request", List.of("created_at", "updated_at")),
            Map.entry("request_status_change", List.of("changed_at")),
            Map.entry("rights_request_subject", List.of("match_confirmed_at", "minor_checked_at", "interest_decided_at")),
            Map.entry("privacy_request_attachment", List.of("uploaded_at", "deleted_at")),
            Map.entry("privacy_identity_proof", List.of("uploaded_at", "checked_at", "file_deleted_at")),
            Map.entry("privacy_letter_sent", List.of("recorded_at")));

    @Override
    protected int changeRows(Connection connection) throws SQLException {
        int updated = 0;
        for (Map.Entry<String, List<String>> table : MOMENTS.entrySet()) {
            for (String column : table.getValue()) {
                updated += convert(connection, table.getKey(), column, ZoneId.systemDefault(), null);
            }
        }
        return updated;
    }

    /**
     * Rewrites one column of one table (with an {@code id} key) in UTC, {@code jvmZone} being the zone of the JVM
     * that wrote it, and {@code where} an optional further condition (for tests); returns the number of values converted.
     */
    static int convert(Connection connection, String table, String column, ZoneId jvmZone, @Nullable String where)
            throws SQLException {
        record Row(long id, LocalDateTime raw) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, " + column + " from " + table + " where " + column + " is not null"
                        + (where == null ? "" : " and " + where));
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getObject(2, LocalDateTime.class)));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set " + column + " = ? where id = ?")) {
            for (Row row : rows) {
                update.setObject(1, LocalDateTime.ofInstant(brusselsToInstant(shownAs(row.raw(), jvmZone)), ZoneOffset.UTC));
                update.setLong(2, row.id());
                update.addBatch();
            }
            if (!rows.isEmpty()) {
                update.executeBatch();
            }
        }
        return rows.size();
    }

    /**
     * The Brussels wall-clock time the old code read from a raw column value: the value taken as Brussels time (the
     * old {@code jdbc.time_zone}), then seen in the JVM's zone ({@code Timestamp.toLocalDateTime}).
     */
    static LocalDateTime shownAs(LocalDateTime raw, ZoneId jvmZone) {
        return LocalDateTime.ofInstant(brusselsToInstant(raw), jvmZone);
    }

    /**
     * The instant of a Brussels wall-clock time. In the autumn overlap the earlier offset (summer time) is chosen; a
     * time in the spring gap moves forward by the length of the gap.
     */
    static Instant brusselsToInstant(LocalDateTime wallClock) {
        return ZonedDateTime.of(wallClock, BRUSSELS).withEarlierOffsetAtOverlap().toInstant();
    }

    @Override
    protected String done(int changed) {
        return changed + " moment(s) converted from Brussels time to UTC";
    }
}
