package be.classeur.retention;

import be.classeur.retention.domain.RetentionAnchor;
import be.classeur.retention.domain.RetentionCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One retention rule as the rules page shows it; {@code version} is sent back with an edit. */
public record RetentionRuleRow(RetentionCategory category, RetentionAnchor anchor, int periodMonths, long version,
                               @Nullable String updatedBy, @Nullable Instant updatedAt) {
}
