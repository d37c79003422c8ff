package be.classeur.privacy;

import java.util.Map;

/** How many open rights requests fall in each {@link DeadlineBucket}, counted in SQL; no personal data. */
public record RequestFigures(Map<DeadlineBucket, Long> counts) {
    public RequestFigures {
        counts = Map.copyOf(counts);
    }

    public long count(DeadlineBucket bucket) {
        return counts.getOrDefault(bucket, 0L);
    }
}
