package be.classeur.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the privacy officer may change in a purpose; a form binds it. Blank descriptions mean "the standard wording". */
public class PurposeDraft {
    public static final int DESCRIPTION_MAX = 1000;

    @Size(max = DESCRIPTION_MAX)
    private @Nullable String descriptionFr;
    @Size(max = DESCRIPTION_MAX)
    private @Nullable String descriptionEn;
    @Size(max = DESCRIPTION_MAX)
    private @Nullable String descriptionNl;
    @NotBlank
    private String legalBasis = "";
    private boolean consentRequired;
    private boolean softOptIn;

    public PurposeDraft() {
    }

    public static PurposeDraft of(PurposeRow row) {
        PurposeDraft draft = new PurposeDraft();
        draft.descriptionFr = row.descriptionFr();
        draft.descriptionEn = row.descriptionEn();
        draft.descriptionNl = row.descriptionNl();
        draft.legalBasis = row.legalBasis();
        draft.consentRequired = row.consentRequired();
        draft.softOptIn = row.softOptIn();
        return draft;
    }

    public @Nullable String getDescriptionFr() { return descriptionFr; }
    public void setDescriptionFr(@Nullable String descriptionFr) { this.descriptionFr = descriptionFr; }
    public @Nullable String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(@Nullable String descriptionEn) { this.descriptionEn = descriptionEn; }
    public @Nullable String getDescriptionNl() { return descriptionNl; }
    public void setDescriptionNl(@Nullable String descriptionNl) { this.descriptionNl = descriptionNl; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public boolean isConsentRequired() { return consentRequired; }
    public void setConsentRequired(boolean consentRequired) { this.consentRequired = consentRequired; }
    public boolean isSoftOptIn() { return softOptIn; }
    public void setSoftOptIn(boolean softOptIn) { this.softOptIn = softOptIn; }
}
