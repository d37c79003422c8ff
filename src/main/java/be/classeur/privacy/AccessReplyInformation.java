package be.classeur.privacy;

import be.classeur.consent.ProcessingActivityRow;
import be.classeur.consent.ProcessingRegisterService;
import be.classeur.kernel.Translations;
import be.classeur.kernel.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The information an access reply must give besides the copy of the data (GDPR art. 15(1)(a)–(h) and 15(2)), written
 * once from the organisation's settings ({@link Organisation}) and the processing register
 * ({@link ProcessingRegisterService}), in French, English or Dutch: for each purpose its legal basis, the categories of
 * data, the recipients, the retention period and the source; the transfers; the rights to rectification, erasure,
 * restriction and objection; the right to complain to the supervisory authority and to go to court; and that no
 * decision is automated. Both the export's PDF and the completion letter of an access request use it.
 */
@Component
class AccessReplyInformation {

    private final Organisation organisation;
    private final ProcessingRegisterService register;

    AccessReplyInformation(Organisation organisation, ProcessingRegisterService register) {
        this.organisation = organisation;
        this.register = register;
    }

    /** The title of the section. */
    String title(String language) {
        return bundle(language).getString("privacy.accessInfo.title");
    }

    /** The paragraphs, in order; a paragraph may hold line breaks (one line per item of a purpose). */
    List<String> paragraphs(String language) {
        ResourceBundle bundle = bundle(language);
        Organisation.Authority authority = organisation.authority();
        List<String> out = new ArrayList<>();
        out.add(format(bundle, language, "privacy.accessInfo.controller",
                organisation.name(), organisation.address(), organisation.privacyEmail()));
        out.add(bundle.getString("privacy.accessInfo.purposes"));
        for (ProcessingActivityRow activity : register.activities()) {
            out.add(format(bundle, language, "privacy.accessInfo.activity",
                    purpose(bundle, activity, language),
                    bundle.getString(activity.legalBasisKey()),
                    joined(bundle, activity.dataCategoryKeys()),
                    joined(bundle, activity.recipientKeys()),
                    bundle.getString(activity.sourceKey()),
                    bundle.getString(activity.retentionKey())));
        }
        out.add(bundle.getString("privacy.accessInfo.transfers"));
        out.add(format(bundle, language, "privacy.accessInfo.rights", organisation.privacyEmail()));
        out.add(format(bundle, language, "privacy.accessInfo.complaint", authority.name(language),
                authority.address(language), authority.email(), authority.website()));
        out.add(bundle.getString("privacy.accessInfo.automated"));
        return out;
    }

    /** The whole section as plain text: the title, then the paragraphs separated by blank lines. */
    String text(String language) {
        return title(language) + "\n\n" + String.join("\n\n", paragraphs(language));
    }

    /** The privacy officer's wording of the purpose in the reader's language when there is one, else the translation's. */
    private static String purpose(ResourceBundle bundle, ProcessingActivityRow activity, String language) {
        String own = activity.description(language);
        return own == null || own.isBlank() ? bundle.getString(activity.purposeKey()) : own;
    }

    private static String joined(ResourceBundle bundle, List<String> keys) {
        // French sets a space before the semicolon, English and Dutch do not.
        return keys.stream().map(bundle::getString).collect(Collectors.joining(bundle.getString("privacy.accessInfo.separator")));
    }

    private static String format(ResourceBundle bundle, String language, String key, Object... args) {
        return Translations.format(Locale.of(language), bundle.getString(key), args);
    }

    static ResourceBundle bundle(String language) {
        return Translations.bundle(Locale.of(language));
    }
}
