package be.classeur.consent;

import org.jspecify.annotations.Nullable;

/**
 * A purpose of processing as the privacy officer edits it: the officer's own wording per language (null: the
 * translation files', {@link #purposeKey()}), the legal basis code, whether consent is needed, whether consent is
 * recorded per person (not for the website's analytics: register only), the soft opt-in, and the version read.
 */
public record PurposeRow(String code, long version, String legalBasis, @Nullable String descriptionFr,
                         @Nullable String descriptionEn, @Nullable String descriptionNl, boolean consentRequired,
                         boolean recordedPerPerson, boolean softOptIn) {

    public String purposeKey() {
        return "privacy.processing.purpose." + code;
    }

    public String legalBasisKey() {
        return PurposeService.LEGAL_BASIS_PREFIX + legalBasis;
    }

    /** The officer's wording in this language (fr, en or nl), or null. */
    public @Nullable String description(String language) {
        return switch (language) {
            case "en" -> descriptionEn;
            case "nl" -> descriptionNl;
            default -> descriptionFr;
        };
    }
}
