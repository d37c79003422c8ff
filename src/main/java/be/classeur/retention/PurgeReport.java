package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Message;
import be.classeur.retention.domain.PurgeStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The end of a purge run: one result per record, in the order processed, and how many batches it took. */
public record PurgeReport(List<Result> results, int batches) {
    public PurgeReport {
        results = List.copyOf(results);
    }

    /** One record's result: its candidate, the person, the status reached and the detail (a translation key). */
    public record Result(long candidateId, DataSubjectRef person, PurgeStatus status, @Nullable Message detail) {
    }

    /** How many records reached each status. */
    public Map<PurgeStatus, Long> counts() {
        Map<PurgeStatus, Long> counts = new EnumMap<>(PurgeStatus.class);
        results.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    public long count(PurgeStatus status) {
        return counts().getOrDefault(status, 0L);
    }
}
