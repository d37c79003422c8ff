package be.classeur.consent;

import java.util.List;

/**
 * One processing activity of the register, as codes; each {@code ...Key} method gives the translation key of its
 * wording ({@code privacy.processing.*} in the three translation files).
 */
public record ProcessingActivityRow(String code, String legalBasis, List<String> dataCategories, List<String> recipients,
                                    String source, String retention, int retentionMonths) {

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
