package be.classeur.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One processing activity of the privacy policy, as the register (art. 30) and the access reply (art. 15(1)) need it:
 * purpose, legal basis, data categories, recipients, source and retention period. Every value is a code whose wording
 * lives in the translation files ({@code privacy.processing.*}), so the same row reads in French, English or Dutch.
 * Seeded by Liquibase; these rows are also the purposes of the consent ledger, which the privacy officer edits.
 */
@Entity
@Table(name = "processing_activity")
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

    @Version
    private long version;

    /** The officer's own wording of the purpose; null: the translation files' ({@code privacy.processing.purpose.*}). */
    @Column(name = "description_fr", length = 1000)
    private @Nullable String descriptionFr;

    @Column(name = "description_en", length = 1000)
    private @Nullable String descriptionEn;

    @Column(name = "description_nl", length = 1000)
    private @Nullable String descriptionNl;

    /** Whether the processing rests on consent (or, for news by e-mail, on consent or the soft opt-in). */
    @Column(name = "consent_required", nullable = false)
    private boolean consentRequired;

    /** Whether consent is recorded per person in the ledger; not for the website's analytics, outside Classeur. */
    @Column(name = "recorded_per_person", nullable = false)
    private boolean recordedPerPerson;

    /** News by e-mail only: families already enrolled may get it without prior consent until they object. */
    @Column(name = "soft_opt_in", nullable = false)
    private boolean softOptIn;

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
    public long getVersion() { return version; }
    public @Nullable String getDescriptionFr() { return descriptionFr; }
    public @Nullable String getDescriptionEn() { return descriptionEn; }
    public @Nullable String getDescriptionNl() { return descriptionNl; }
    public boolean isConsentRequired() { return consentRequired; }
    public boolean isRecordedPerPerson() { return recordedPerPerson; }
    public boolean isSoftOptIn() { return softOptIn; }

    /**
     * The officer's edit of the purpose: their own wording per language (null: the translation files'), the legal basis
     * (a {@code privacy.processing.legalBasis.*} code), whether consent is needed, and the soft opt-in (news only; the
     * service checks the rules).
     */
    public void edit(@Nullable String descriptionFr, @Nullable String descriptionEn, @Nullable String descriptionNl,
                     String legalBasis, boolean consentRequired, boolean softOptIn) {
        this.descriptionFr = descriptionFr;
        this.descriptionEn = descriptionEn;
        this.descriptionNl = descriptionNl;
        this.legalBasis = legalBasis;
        this.consentRequired = consentRequired;
        this.softOptIn = softOptIn;
    }

    /** The officer's wording in this language (fr, en or nl), or null for the translation files'. */
    public @Nullable String description(String language) {
        return switch (language) {
            case "en" -> descriptionEn;
            case "nl" -> descriptionNl;
            default -> descriptionFr;
        };
    }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
