package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The organisation named in the letters and in the access reply comes from {@code classeur.organisation.*}: changing
 * the settings changes the letterhead, the signature, the place of the date and the authority, in every language.
 */
@SpringBootTest(properties = {
        "classeur.organisation.name=asbl Les Devoirs Faits",
        "classeur.organisation.address=place du Marché 1, 1300 Wavre",
        "classeur.organisation.city=Wavre",
        "classeur.organisation.privacy-email=vie-privee@devoirs-faits.be",
        "classeur.organisation.authority.email=plaintes@autorite.example",
        "classeur.organisation.authority.website=www.autorite.example"})
@WithUserDetails("dpo")
class OrganisationSettingsIT {
    @Autowired
    LetterService letters;
    @Autowired
    RightsRequestService requests;
    @Autowired
    Clock clock;

    @Test
    void theLettersAndTheirLetterheadNameTheConfiguredOrganisation() throws IOException {
        LocalDate today = LocalDate.now(clock);
        long id = requests.record(new RequestIntake(Set.of(Right.ACCESS), null, "Réglage Organisation", "x@exemple.be",
                null, RequestChannel.EMAIL, today.minusDays(2), null));
        requests.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requests.changeStatus(id, RequestStatus.ANSWERED, null);
        for (String language : LetterService.LANGUAGES) {
            for (LetterKind kind : LetterKind.values()) {
                String body = letters.render(id, kind, language).body();
                assertThat(body).as(kind + " " + language).contains("asbl Les Devoirs Faits")
                        .contains("vie-privee@devoirs-faits.be")
                        .doesNotContain("Cours en Plus").doesNotContain("coursenplus").doesNotContain("Genval");
            }
            assertThat(letters.render(id, LetterKind.COMPLETION, language).body()).as(language)
                    .contains("plaintes@autorite.example").contains("www.autorite.example")
                    .contains("asbl Les Devoirs Faits, place du Marché 1, 1300 Wavre")
                    .doesNotContain("apd-gba");
        }
        assertThat(letters.render(id, LetterKind.IDENTITY_PROOF, "fr").body())
                .contains("par courrier à asbl Les Devoirs Faits, place du Marché 1, 1300 Wavre");

        byte[] pdf = letters.pdf("fr", letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr").text());
        try (PdfReader reader = new PdfReader(pdf)) {
            String letterhead = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(letterhead).contains("asbl Les Devoirs Faits").contains("place du Marché 1, 1300 Wavre")
                    .contains("vie-privee@devoirs-faits.be").contains("Wavre, le ")
                    .doesNotContain("Genval").doesNotContain("Cours en Plus");
        }
    }
}
