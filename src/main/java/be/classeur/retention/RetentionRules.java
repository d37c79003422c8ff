package be.classeur.retention;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.audit.SecurityEvent;
import be.classeur.retention.domain.RetentionCategory;
import be.classeur.retention.domain.RetentionRule;
import be.classeur.retention.domain.RetentionRuleRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rules per data category. Administrators and the privacy officer read them; only the privacy officer
 * changes a period (1 to 240 months), with the version read (a concurrent change is refused) and audited. Changing a
 * person category's rule recomputes everyone's retention date, in batches (the family rule mixes the categories).
 */
@Service
public class RetentionRules {
    private final RetentionRuleRepository rules;
    private final RetentionDates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RetentionRules(RetentionRuleRepository rules, RetentionDates dates, ApplicationEventPublisher events, Clock clock,
                   PlatformTransactionManager transactions) {
        this.rules = rules;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every rule, in the policy's order (six rows). */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER')")
    @Transactional(readOnly = true)
    public List<RetentionRuleRow> rules() {
        return rules.findAllByOrderByDisplayOrderAsc().stream().map(RetentionRules::row).toList();
    }

    @PreAuthorize(RetentionDates.READ)
    @Transactional(readOnly = true)
    public RetentionRuleRow rule(RetentionCategory category) {
        return rules.findByCategory(category).map(RetentionRules::row)
                .orElseThrow(() -> new BusinessRuleException("retention.rule.error.notFound"));
    }

    /**
     * Sets a category's period. Refused outside 1..240 months, or when the rule changed since {@code expectedVersion}
     * was read. For a person category, everyone's date is then recomputed (in batches of {@value RetentionDates#BATCH}).
     */
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public RetentionRuleRow change(RetentionCategory category, int months, long expectedVersion) {
        if (months < RetentionRule.MIN_MONTHS || months > RetentionRule.MAX_MONTHS) {
            throw new BusinessRuleException("retention.rule.error.months", RetentionRule.MIN_MONTHS, RetentionRule.MAX_MONTHS);
        }
        record Change(RetentionRuleRow row, boolean changed) {
        }
        Change change = transaction.execute(status -> {
            RetentionRule rule = rules.findByCategory(category)
                    .orElseThrow(() -> new BusinessRuleException("retention.rule.error.notFound"));
            if (rule.getVersion() != expectedVersion) {
                throw new ObjectOptimisticLockingFailureException(RetentionRule.class, rule.getId());
            }
            int before = rule.getPeriodMonths();
            if (before == months) {
                return new Change(row(rule), false);
            }
            rule.change(months, Actors.current(), clock.instant());
            RetentionRule saved = rules.saveAndFlush(rule);
            events.publishEvent(SecurityEvent.of("RETENTION_RULE_CHANGED",
                    category.name() + ": " + before + " -> " + months + " months"));
            return new Change(row(saved), true);
        });
        if (change.changed() && category.personKind() != null) {
            dates.recomputeAll();
        }
        return change.row();
    }

    private static RetentionRuleRow row(RetentionRule r) {
        return new RetentionRuleRow(r.getCategory(), r.getAnchor(), r.getPeriodMonths(), r.getVersion(), r.getUpdatedBy(),
                r.getUpdatedAt());
    }
}
