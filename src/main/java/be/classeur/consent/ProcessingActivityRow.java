package be.classeur.consent;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One processing activity of the register, as codes; each {@code ...Key} method gives the translation key of its
 * wording ({@code privacy.processing.*} in the three translation files). The purpose may also have the privacy
 * officer's own wording per language ({@link #description}), which then replaces the translation files'.
 */
public record ProcessingActivityRow(String code, String legalBasis, List<String> dataCategories, List<String> recipients,
                                    String source, String retention, int retentionMonths,
                                    @Nullable String descriptionFr, @Nullable String descriptionEn,
                                    @Nullable String descriptionNl) {

    /** The officer's wording of the purpose in this language (fr, en or nl); null: use {@link #purposeKey()}. */
    public @Nullable String description(String language) {
        return switch (language) {
            case "en" -> descriptionEn;
            case "nl" -> descriptionNl;
            default -> descriptionFr;
        };
    }

    public String purposeKey() {
        return "privacy.processing.purpose." + code;
    }

    public String legalBasisKey() {
        return "privacy.processing.legalBasis." + legalBasis;
    }

    public List<String> dataCategoryKeys() {
        return dataCategories.stream().map(c -> "privacy.processing.category." + c).toList();
    }

    public List<String> recipientKeys() {
        return recipients.stream().map(c -> "privacy.processing.recipient." + c).toList();
    }

    public String sourceKey() {
        return "privacy.processing.source." + source;
    }

    public String retentionKey() {
        return "privacy.processing.retention." + retention;
    }
}
