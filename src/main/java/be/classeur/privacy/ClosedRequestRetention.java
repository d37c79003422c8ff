package be.classeur.privacy;

import be.classeur.kernel.TimeLimitedRecords;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The retention of closed rights requests: a request closed longer ago than the period (5 years by default, the
 * retention module's setting) goes with everything recorded about it (rights, subjects, status history, letters sent,
 * identity proofs and documents, their encrypted files after the commit). Deleted in batches of requests, children
 * before the request (foreign keys). The day a request was closed is its move to CLOSED in the history; the request's
 * last update for a request closed without one.
 */
@Component
class ClosedRequestRetention implements TimeLimitedRecords {
    private static final String CLOSED_BEFORE = """
            from rights_request r where r.status = 'CLOSED' and coalesce(
              (select max(c.changed_at) from request_status_change c where c.request_id = r.id and c.to_status = 'CLOSED'),
              r.updated_at) < :cutoff""";
    /** The tables that refer to a request, in the order they are emptied (before the request itself). */
    private static final List<String> CHILD_TABLES = List.of("rights_request_right", "request_status_change",
            "rights_request_subject", "privacy_letter_sent", "privacy_identity_proof", "privacy_request_attachment");

    private final NamedParameterJdbcTemplate jdbc;
    private final EncryptedFileStore files;

    ClosedRequestRetention(NamedParameterJdbcTemplate jdbc, EncryptedFileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public String category() {
        return CLOSED_REQUESTS;
    }

    @Override
    @PreAuthorize(ACCESS)
    @Transactional(readOnly = true)
    public long countOlderThan(Instant cutoff) {
        Long count = jdbc.queryForObject("select count(*) " + CLOSED_BEFORE, Map.of("cutoff", Timestamp.from(cutoff)), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @PreAuthorize(ACCESS)
    @Transactional
    public int deleteOlderThan(Instant cutoff, int batchSize) {
        List<Long> ids = jdbc.queryForList("select r.id " + CLOSED_BEFORE + " order by r.id limit :limit",
                Map.of("cutoff", Timestamp.from(cutoff), "limit", batchSize), Long.class);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, Object> byIds = Map.of("ids", ids);
        List<String> stored = jdbc.queryForList("""
                select file_name from privacy_identity_proof where request_id in (:ids) and file_name is not null
                union all
                select file_name from privacy_request_attachment where request_id in (:ids) and file_name is not null""",
                byIds, String.class);
        for (String table : CHILD_TABLES) {
            jdbc.update("delete from " + table + " where request_id in (:ids)", byIds);
        }
        int deleted = jdbc.update("delete from rights_request where id in (:ids)", byIds);
        deleteFilesAfterCommit(stored);
        return deleted;
    }

    private void deleteFilesAfterCommit(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            names.forEach(files::delete);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                names.forEach(files::delete);
            }
        });
    }
}
