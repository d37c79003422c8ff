package be.classeur.retention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** How long one category of data is kept: a period in months from an anchor day. Seeded by Liquibase, edited by the privacy officer. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, unique = true)
    private RetentionCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RetentionAnchor anchor;

    @Column(name = "period_months", nullable = false)
    private int periodMonths;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "updated_by", length = 100)
    private @Nullable String updatedBy;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    protected RetentionRule() {
    }

    public void change(int months, String by, Instant at) {
        this.periodMonths = months;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public RetentionCategory getCategory() { return category; }
    public RetentionAnchor getAnchor() { return anchor; }
    public int getPeriodMonths() { return periodMonths; }
    public int getDisplayOrder() { return displayOrder; }
    public @Nullable String getUpdatedBy() { return updatedBy; }
    public @Nullable Instant getUpdatedAt() { return updatedAt; }
}
