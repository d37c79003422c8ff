package be.classeur.audit;

import be.classeur.kernel.TimeLimitedRecords;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's retention: lines older than the audit trail's period (5 years by default, the retention module's
 * setting) are deleted in batches, oldest first. The only delete the audit log ever receives.
 */
@Component
class AuditRetention implements TimeLimitedRecords {
    private final AuditEntryRepository entries;

    AuditRetention(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public String category() {
        return AUDIT_EVENTS;
    }

    @Override
    @PreAuthorize(ACCESS)
    @Transactional(readOnly = true)
    public long countOlderThan(Instant cutoff) {
        return entries.countByOccurredAtBefore(cutoff);
    }

    @Override
    @PreAuthorize(ACCESS)
    @Transactional
    public int deleteOlderThan(Instant cutoff, int batchSize) {
        List<Long> ids = entries.findIdsBefore(cutoff, PageRequest.of(0, batchSize));
        return ids.isEmpty() ? 0 : entries.deleteByIds(ids);
    }
}
