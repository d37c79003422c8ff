package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.IdentityCheckResult;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The access export as the person reads it: in French, English or Dutch, with words rather than field names, the
 * art. 15 information, and staff named by role, never by login (CJEU C-579/21).
 */
@SpringBootTest
@WithUserDetails("dpo")
class ExportReplyIT {
    /** The logins of the demo staff who touch the guardian's data in this test. */
    private static final Pattern LOGINS = Pattern.compile("\\b(admin|dpo)\\b");

    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    LetterService letters;
    @Autowired
    IdentityProofService proofs;

    /** A guardian (with a child) created by the administrator, and their own access request handled by the privacy officer. */
    private long receivedAccessRequest() {
        String first = unique("Export");
        String last = unique("Lecteur");
        long guardianId = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(unique("Enfant"));
            pupil.setLastName(last);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(12));
            Guardian g = new Guardian();
            g.setFirstName(first);
            g.setLastName(last);
            g.setEmail(first.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(g, Relationship.FATHER)));
            return pupils.guardiansOf(saved.getId()).get(0).guardianId();
        });
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(guardianId),
                first + " " + last, null, List.of(), RequestChannel.EMAIL, LocalDate.now(clock), "Copie de mes données"));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    private long accessRequest() {
        long id = receivedAccessRequest();
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        return id;
    }

    private static String text(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theEnglishExportHasWordsNotFieldNamesTheArticle15InformationAndRolesNotLogins() {
        long id = accessRequest();
        SubjectRightsService.Export export = subjectRights.exportFor(id, "en");
        String pdf = text(export.pdf());
        assertThat(pdf).contains("Your personal data").contains("Requester:")
                .contains("First name").contains("Last name").contains("Views and changes of your record")
                .contains("Your requests to exercise your rights").contains("Received on")
                .contains("Information about the processing of your data (Article 15 GDPR)")
                .contains("Retention period").contains("as processors").contains("Data Protection Authority")
                .contains("No decision based solely on automated processing")
                // who acted, as a role: the administrator created the record, the officer handles the request
                .contains("By (role): administrator").contains("Action: record created").contains("person in charge of data protection")
                .contains("Status: In progress");
        assertThat(pdf).as("no field names").doesNotContain("firstName").doesNotContain("auditLines")
                .doesNotContain("rightsRequests").doesNotContain("occurredAt").doesNotContain("changedBy");
        assertThat(LOGINS.matcher(pdf).find()).as("no staff login in the PDF").isFalse();
        String json = new String(export.json(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"actorRoles\"").contains("\"administrator\"");
        assertThat(Pattern.compile("\"(admin|dpo)\"").matcher(json).find()).as("no staff login in the JSON").isFalse();
    }

    @Test
    void theExportListsTheIdentityChecksAndTheLettersSentToTheRequester() {
        long id = receivedAccessRequest();
        proofs.recordDoubt(id, "Adresse e-mail inconnue");
        proofs.upload(id, "carte.pdf", ("%PDF-1.4 identity " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        proofs.recordCheck(id, IdentityCheckResult.CONFIRMED, true);
        letters.markSent(id, LetterKind.ACKNOWLEDGEMENT, "en", LocalDate.now(clock), RequestChannel.EMAIL);

        String pdf = text(subjectRights.exportFor(id, "en").pdf());

        assertThat(pdf).contains("Identity checks").contains("Result: Identity confirmed").contains("Copy deleted on")
                .contains("Letters sent").contains("Type: Acknowledgement of receipt").contains("Sent on");
    }

    @Test
    void theExportIsOfferedInFrenchAndDutchToo() {
        long id = accessRequest();
        String fr = text(subjectRights.exportFor(id, "fr").pdf());
        assertThat(fr).contains("Vos données personnelles").contains("Prénom").contains("Par (rôle) : administrateur")
                .contains("Informations sur le traitement de vos données (RGPD, article 15)")
                .contains("personne chargée de la protection des données").doesNotContain("firstName");
        assertThat(LOGINS.matcher(fr).find()).isFalse();
        String nl = text(subjectRights.exportFor(id, "nl").pdf());
        assertThat(nl).contains("Uw persoonsgegevens").contains("Voornaam").contains("Door (rol): beheerder")
                .contains("Informatie over de verwerking van uw gegevens (artikel 15 AVG)")
                .contains("persoon belast met gegevensbescherming").doesNotContain("firstName");
        assertThat(LOGINS.matcher(nl).find()).isFalse();
        assertThat(subjectRights.exportFor(id).pdf()).as("French by default").isNotEmpty();
        assertThatThrownBy(() -> subjectRights.exportFor(id, "de")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("privacy.letter.error.language");
    }
}
