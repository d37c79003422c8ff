package be.classeur.retention;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.retention.domain.RetentionDateRepository;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * The recheck from what is stored: the person's retention date as last computed is before today, and no legal hold is
 * in force. A recomputation from the contacts themselves replaces it when present (a {@link RetentionRecheck} bean of
 * its own).
 */
@Component
@ConditionalOnMissingBean(value = RetentionRecheck.class, ignored = StoredRetentionRecheck.class)
class StoredRetentionRecheck implements RetentionRecheck {
    private final RetentionDateRepository dates;
    private final ObjectProvider<LegalHolds> holds;

    StoredRetentionRecheck(RetentionDateRepository dates, ObjectProvider<LegalHolds> holds) {
        this.dates = dates;
        this.holds = holds;
    }

    @Override
    public boolean stillPastLimit(DataSubjectRef subject, LocalDate today) {
        boolean past = dates.findByPersonKindAndPersonId(subject.kind(), subject.id())
                .map(d -> d.getKeepUntil().isBefore(today))
                .orElse(false);
        return past && holds.orderedStream().noneMatch(h -> h.activeOn(subject).isPresent());
    }
}
