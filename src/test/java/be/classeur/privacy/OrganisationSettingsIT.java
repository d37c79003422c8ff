package be.classeur.privacy;

import be.classeur.consent.ProcessingActivityRow;
import be.classeur.consent.ProcessingRegisterService;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.Organisation;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.LetterSentRepository;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.RequestStatusChangeRepository;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.RightsRequestRepository;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The organisation named in the letters and in the access reply comes from {@code classeur.organisation.*}: other
 * settings change the letterhead, the signature, the place of the date and the authority, in every language. The
 * letter service is built here on the real database and beans with settings bound from other property values (a
 * second Spring context would swap the global security-context strategy under the other tests).
 */
@SpringBootTest
@WithUserDetails("dpo")
class OrganisationSettingsIT {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RightsRequestRepository requestRepository;
    @Autowired
    RequestStatusChangeRepository changes;
    @Autowired
    LetterSentRepository sent;
    @Autowired
    ObjectProvider<LetterMailer> mailer;
    @Autowired
    RequestAuditTrail audit;
    @Autowired
    ProcessingRegisterService register;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    Organisation configured;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    /** The settings as application.properties gives them, with the organisation's own facts overridden. */
    private Organisation overridden() {
        Map<String, String> properties = new HashMap<>();
        properties.put("classeur.organisation.name", "asbl Les Devoirs Faits");
        properties.put("classeur.organisation.address", "place du Marché 1, 1300 Wavre");
        properties.put("classeur.organisation.city", "Wavre");
        properties.put("classeur.organisation.privacy-email", "vie-privee@devoirs-faits.be");
        configured.authority().name().forEach((language, name) -> properties.put("classeur.organisation.authority.name." + language, name));
        configured.authority().address().forEach((language, a) -> properties.put("classeur.organisation.authority.address." + language, a));
        properties.put("classeur.organisation.authority.email", "plaintes@autorite.example");
        properties.put("classeur.organisation.authority.website", "www.autorite.example");
        return new Binder(new MapConfigurationPropertySource(properties)).bind("classeur.organisation", Organisation.class).get();
    }

    @Test
    void theLettersAndTheirLetterheadNameTheConfiguredOrganisation() throws IOException {
        Organisation organisation = overridden();
        // The same service with other settings, through the context's proxies (security, transactions) but no second
        // context: a test context of its own would reset the security strategy for the tests that follow.
        LetterService letters = (LetterService) context.getAutowireCapableBeanFactory().initializeBean(
                new LetterService(requestRepository, changes, sent, mailer, audit, clock, organisation,
                        new AccessReplyInformation(organisation, register), subjectRights), "lettersOfAnotherOrganisation");

        LocalDate today = LocalDate.now(clock);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Réglage Organisation", "x@exemple.be",
                null, RequestChannel.EMAIL, today.minusDays(2), null));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);
        for (String language : LetterService.LANGUAGES) {
            for (LetterKind kind : LetterKind.values()) {
                String body = letters.render(id, kind, language).body();
                assertThat(body).as(kind + " " + language).contains("asbl Les Devoirs Faits")
                        .contains("vie-privee@devoirs-faits.be")
                        .doesNotContain("Cours en Plus").doesNotContain("coursenplus").doesNotContain("Genval");
            }
            String completion = letters.render(id, LetterKind.COMPLETION, language).body();
            assertThat(completion).as(language)
                    .contains("plaintes@autorite.example").contains("www.autorite.example")
                    .contains("asbl Les Devoirs Faits, place du Marché 1, 1300 Wavre")
                    .doesNotContain("apd-gba");
        }
        String identityProof = letters.render(id, LetterKind.IDENTITY_PROOF, "fr").body();
        assertThat(identityProof).contains("par courrier à asbl Les Devoirs Faits, place du Marché 1, 1300 Wavre");

        String text = letters.render(id, LetterKind.ACKNOWLEDGEMENT, "fr").text();
        byte[] pdf = letters.pdf("fr", text);
        try (PdfReader reader = new PdfReader(pdf)) {
            String letterhead = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(letterhead).contains("asbl Les Devoirs Faits").contains("place du Marché 1, 1300 Wavre")
                    .contains("vie-privee@devoirs-faits.be").contains("Wavre, le ")
                    .doesNotContain("Genval").doesNotContain("Cours en Plus");
        }
    }
}
