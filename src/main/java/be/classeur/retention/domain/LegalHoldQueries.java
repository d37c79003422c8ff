package be.classeur.retention.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;

/** The legal holds as specifications of {@link LegalHoldRepository}. */
public final class LegalHoldQueries {
    private LegalHoldQueries() {
    }

    /**
     * In force on {@code today}: not lifted, and no end date or one today or later ({@link LegalHold#activeOn} in SQL).
     * One rule for the dashboard's count and the list it opens.
     */
    public static Specification<LegalHold> inForceOn(LocalDate today) {
        return (root, query, cb) -> cb.and(cb.isNull(root.get("liftedAt")),
                cb.or(cb.isNull(root.get("untilDate")), cb.greaterThanOrEqualTo(root.get("untilDate"), today)));
    }
}
