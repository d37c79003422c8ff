package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.retention.domain.PurgeCandidate;
import be.classeur.retention.domain.PurgeCandidateRepository;
import be.classeur.retention.domain.PurgeStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purge list's part of the personal-data contract. The row holds ids, dates and translation keys only, no name.
 * On erasure, a row that records a purge stays as the purge's trace (the person's id then points to a pseudonymous
 * record); any other row about the person goes.
 */
@Component
class PurgeCandidatePersonalData implements PersonalDataHandler {
    static final String PART = "purgeList";

    private final PurgeCandidateRepository candidates;

    PurgeCandidatePersonalData(PurgeCandidateRepository candidates) {
        this.candidates = candidates;
    }

    @Override
    @PreAuthorize(CALLERS)
    public String part() {
        return PART;
    }

    @Override
    @PreAuthorize(CALLERS)
    public Set<Class<?>> coverage() {
        return Set.of(PurgeCandidate.class);
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional(readOnly = true)
    public Holdings describe(DataSubjectRef subject) {
        List<PurgeCandidate> rows = rowsOf(subject);
        if (rows.isEmpty()) {
            return new Holdings(PART, List.of(), List.of());
        }
        boolean purged = rows.stream().anyMatch(c -> c.getStatus() == PurgeStatus.PURGED);
        return purged
                ? new Holdings(PART, List.of(), List.of(new Retained("retention.held.purgeTrace", "retention.retained.purgeTrace")))
                : new Holdings(PART, List.of("retention.held.purgeList"), List.of());
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional(readOnly = true)
    public Map<String, Object> export(DataSubjectRef subject) {
        List<Map<String, Object>> rows = rowsOf(subject).stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("keepUntil", c.getKeepUntil());
            row.put("listedAt", c.getListedAt());
            row.put("status", c.getStatus().name());
            return row;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            out.put("retentionPurgeList", rows);
        }
        return out;
    }

    @Override
    @PreAuthorize(CALLERS)
    @Transactional
    public void anonymise(DataSubjectRef subject, String pseudonym) {
        candidates.deleteByPersonKindAndPersonIdAndStatusNot(subject.kind(), subject.id(), PurgeStatus.PURGED);
    }

    /** Nothing to restrict: the list only waits for the officer's decision. */
    @Override
    @PreAuthorize(CALLERS)
    public void restrict(DataSubjectRef subject, boolean restricted) {
        // The purge list is not a processing about the person beyond its own retention.
    }

    private List<PurgeCandidate> rowsOf(DataSubjectRef subject) {
        return candidates.findByPersonKindAndPersonId(subject.kind(), subject.id(), PageRequest.of(0, 10));
    }
}
