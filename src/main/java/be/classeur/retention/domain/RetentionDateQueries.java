package be.classeur.retention.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;

/** The retention dates the purge reads, as specifications of {@link RetentionDateRepository}. */
public final class RetentionDateQueries {
    private RetentionDateQueries() {
    }

    /** Kept until a day before {@code horizon} (past today, or nearing when the horizon is today + the window). */
    public static Specification<RetentionDate> keptUntilBefore(LocalDate horizon) {
        return (root, query, cb) -> cb.lessThan(root.get("keepUntil"), horizon);
    }

    /** After this id (the purge reads the dates page by page in id order). */
    public static Specification<RetentionDate> idAfter(long id) {
        return (root, query, cb) -> cb.greaterThan(root.get("id"), id);
    }
}
