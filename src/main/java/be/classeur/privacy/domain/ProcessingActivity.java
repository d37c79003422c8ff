package be.classeur.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * One processing activity of the privacy policy, as the register (art. 30) and the access reply (art. 15(1)) need it:
 * purpose, legal basis, data categories, recipients, source and retention period. Every value is a code whose wording
 * lives in the translation files ({@code privacy.processing.*}), so the same row reads in French, English or Dutch.
 * Seeded by Liquibase and read-only for now.
 */
@Entity
@Table(name = "privacy_processing_activity")
public class ProcessingActivity {
    @Id
    private Long id;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(name = "legal_basis", nullable = false, length = 40)
    private String legalBasis;

    @Column(name = "data_categories", nullable = false)
    private String dataCategories;

    @Column(nullable = false)
    private String recipients;

    @Column(name = "data_source", nullable = false, length = 40)
    private String dataSource;

    @Column(nullable = false, length = 40)
    private String retention;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    protected ProcessingActivity() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getDisplayOrder() { return displayOrder; }
    public String getLegalBasis() { return legalBasis; }
    public List<String> dataCategories() { return codes(dataCategories); }
    public List<String> recipients() { return codes(recipients); }
    public String getDataSource() { return dataSource; }
    public String getRetention() { return retention; }
    public int getRetentionMonths() { return retentionMonths; }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
