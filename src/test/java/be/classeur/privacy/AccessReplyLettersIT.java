package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What the letters must say (issue 8, part 3): the art. 15 information in the completion letter of an access request,
 * in French, English and Dutch; the courts as well as the authority; "within the legal deadline" only when true; what
 * an erasure kept and why; the identity-proof letter's less intrusive way first; the restriction-lifted letter.
 */
@SpringBootTest
@WithUserDetails("dpo")
class AccessReplyLettersIT {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    LetterService letters;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long request(LocalDate receivedOn, Right... rights) {
        return requestIntake.record(new RequestIntake(Set.of(rights), null, unique("Lettre"), "x@exemple.be", null,
                RequestChannel.EMAIL, receivedOn, null));
    }

    private long answered(LocalDate receivedOn, LocalDate replyOn, Right... rights) {
        long id = request(receivedOn, rights);
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);
        if (replyOn != null) {
            requestWorkflow.recordReply(id, replyOn);
        }
        return id;
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of(language));
    }

    @Test
    void theCompletionLetterOfAnAccessRequestGivesEveryArticle15ItemInEachLanguage() {
        long id = answered(today().minusDays(3), null, Right.ACCESS);
        String fr = letters.render(id, LetterKind.COMPLETION, "fr").body();
        assertThat(fr).as("purposes, legal basis, categories, recipients, source, retention")
                .contains("Informations sur le traitement de vos données (RGPD, article 15)")
                .contains("organiser les activités de l’asbl").contains("informer les élèves")
                .contains("mesurer l’audience de notre site web")
                .contains("Base légale : l’exécution de nos obligations contractuelles")
                .contains("Données : données d’identification et de contact ; types de cours demandés")
                .contains("nos formateur·rices, pour ce qui est strictement nécessaire à l’organisation des cours, en qualité de sous-traitants")
                .contains("Origine des données : vous-même")
                .contains("au maximum 5 ans après le dernier contact").contains("au maximum 2 ans")
                .as("the rights, the complaint, the courts, no automated decision")
                .contains("rectification").contains("effacement").contains("limitation").contains("vous opposer")
                .contains("Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles, contact@apd-gba.be, www.autoriteprotectiondonnees.be")
                .contains("tribunal de première instance")
                .contains("Aucune décision fondée exclusivement sur un traitement automatisé");
        assertThat(letters.render(id, LetterKind.COMPLETION, "en").body())
                .contains("Information about the processing of your data (Article 15 GDPR)")
                .contains("organising the activities of the non-profit").contains("Legal basis:")
                .contains("Data: identification and contact data; kinds of courses asked for")
                .contains("our trainers, for what is strictly necessary to organise the courses, as processors")
                .contains("Source of the data:").contains("Retention period: at most 5 years after the last contact")
                .contains("rectified").contains("erased").contains("restricted").contains("to object")
                .contains("Data Protection Authority").contains("contact@apd-gba.be")
                .contains("court of first instance").contains("No decision based solely on automated processing");
        assertThat(letters.render(id, LetterKind.COMPLETION, "nl").body())
                .contains("Informatie over de verwerking van uw gegevens (artikel 15 AVG)")
                .contains("de activiteiten van de vzw organiseren").contains("Rechtsgrond:")
                .contains("onze lesgevers, voor wat strikt nodig is om de lessen te organiseren, als verwerkers")
                .contains("Herkomst van de gegevens:").contains("Bewaartermijn: hoogstens 5 jaar na het laatste contact")
                .contains("verbetering").contains("wissing").contains("beperking").contains("bezwaar")
                .contains("Gegevensbeschermingsautoriteit").contains("Drukpersstraat 35, 1000 Brussel")
                .contains("rechtbank van eerste aanleg").contains("uitsluitend op geautomatiseerde verwerking");
    }

    @Test
    void onlyAnAccessRequestGetsTheArticle15InformationButEveryCompletionNamesTheCourtsAndTheAuthority() {
        long id = answered(today().minusDays(3), null, Right.RECTIFICATION);
        for (String language : LetterService.LANGUAGES) {
            String body = letters.render(id, LetterKind.COMPLETION, language).body();
            assertThat(body).as(language).doesNotContain(bundle(language).getString("privacy.accessInfo.title"))
                    .contains("contact@apd-gba.be").contains("www.autoriteprotectiondonnees.be")
                    .containsAnyOf("tribunal de première instance", "court of first instance", "rechtbank van eerste aanleg");
        }
    }

    @Test
    void aReplyWithinTheDeadlineSaysSoAndALateOneSaysItIsLateAndApologises() {
        LocalDate received = today().minusDays(3);
        long onTime = answered(received, today(), Right.ACCESS);
        String deadline = DATE.format(requestWorkflow.detail(onTime).deadline());
        assertThat(letters.render(onTime, LetterKind.COMPLETION, "fr").body())
                .contains("dans le délai légal, qui expire le " + deadline).doesNotContain("en retard");

        LocalDate longAgo = today().minusDays(60);
        long late = answered(longAgo, today(), Right.ACCESS);
        String lateDeadline = DATE.format(requestWorkflow.detail(late).deadline());
        String fr = letters.render(late, LetterKind.COMPLETION, "fr").body();
        assertThat(fr).doesNotContain("dans le délai légal")
                .contains("Le délai légal de réponse expirait le " + lateDeadline)
                .contains("en retard").contains("excuser");
        assertThat(letters.render(late, LetterKind.COMPLETION, "en").body())
                .doesNotContain("within the legal time limit").contains("late").contains("apologise");
        assertThat(letters.render(late, LetterKind.COMPLETION, "nl").body())
                .doesNotContain("binnen de wettelijke termijn").contains("te laat").contains("excuses");

        // A reply recorded in time stays "in time" in a letter printed again after the deadline.
        long inTimeThen = answered(longAgo, longAgo.plusDays(10), Right.ACCESS);
        assertThat(letters.render(inTimeThen, LetterKind.COMPLETION, "fr").body()).contains("dans le délai légal")
                .doesNotContain("en retard");

        long refusedLate = request(longAgo, Right.ERASURE);
        requestWorkflow.changeStatus(refusedLate, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(refusedLate, RequestStatus.REFUSED, "Demande manifestement infondée");
        assertThat(letters.render(refusedLate, LetterKind.REFUSAL, "fr").body())
                .doesNotContain("dans le délai légal").contains("en retard").contains("tribunal de première instance");
        long refusedOnTime = request(received, Right.ERASURE);
        requestWorkflow.changeStatus(refusedOnTime, RequestStatus.IN_PROGRESS, null);
        requestWorkflow.changeStatus(refusedOnTime, RequestStatus.REFUSED, "Demande manifestement infondée");
        assertThat(letters.render(refusedOnTime, LetterKind.REFUSAL, "fr").body())
                .contains("dans le délai légal").doesNotContain("en retard");
    }

    @Test
    void afterAnErasureTheCompletionLetterListsWhatWasKeptAndWhy() {
        String lastName = unique("Efface");
        String child = unique("Enfant");
        String parent = unique("Parent");
        long[] ids = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(child);
            pupil.setLastName(lastName);
            pupil.setBirthDate(today().minusYears(10));
            Guardian guardian = new Guardian();
            guardian.setFirstName(parent);
            guardian.setLastName(lastName);
            guardian.setEmail(parent.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            return new long[] {saved.getId(), pupils.guardiansOf(saved.getId()).get(0).guardianId()};
        });
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.guardian(ids[1]),
                parent + " " + lastName, null, List.of(ids[0]), RequestChannel.EMAIL, today(), null));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        requestWorkflow.changeStatus(id, RequestStatus.IN_PROGRESS, null);
        subjectRights.erase(id, null);
        requestWorkflow.changeStatus(id, RequestStatus.ANSWERED, null);

        for (String language : LetterService.LANGUAGES) {
            ResourceBundle texts = bundle(language);
            String body = letters.render(id, LetterKind.COMPLETION, language).body();
            assertThat(body).as(language).contains(texts.getString("privacy.letter.kept.intro"))
                    // The request itself is kept as proof, and the audit trail without detail: each with its reason.
                    .contains(new MessageFormat(texts.getString("privacy.letter.kept.item"), Locale.of(language)).format(
                            new Object[] {texts.getString("privacy.held.privacy.requests"),
                                    texts.getString("privacy.retained.requestRecord")}))
                    .contains(texts.getString("privacy.retained.auditTrail"))
                    .doesNotContain(texts.getString("privacy.accessInfo.title"));
        }
    }

    @Test
    void theIdentityProofLetterOffersAReplyFromTheKnownAddressFirstAndSaysWhatHappensWithoutProof() {
        long id = request(today().minusDays(1), Right.ACCESS);
        String fr = letters.render(id, LetterKind.IDENTITY_PROOF, "fr").body();
        assertThat(fr).contains("en répondant à ce courrier depuis cette adresse e-mail")
                .contains("vous rappeler à ce numéro")
                .contains("Sans cette confirmation, nous ne pourrons pas donner suite à votre demande")
                .contains("photo").contains("registre national");
        assertThat(fr.indexOf("depuis cette adresse e-mail")).as("the less intrusive way comes first")
                .isLessThan(fr.indexOf("carte d’identité"));
        String en = letters.render(id, LetterKind.IDENTITY_PROOF, "en").body();
        assertThat(en).contains("replying to this letter from that e-mail address")
                .contains("Without this confirmation we cannot act on your request");
        assertThat(en.indexOf("from that e-mail address")).isLessThan(en.indexOf("identity card"));
        String nl = letters.render(id, LetterKind.IDENTITY_PROOF, "nl").body();
        assertThat(nl).contains("vanaf dat e-mailadres").contains("Zonder die bevestiging kunnen wij geen gevolg geven");
        assertThat(nl.indexOf("vanaf dat e-mailadres")).isLessThan(nl.indexOf("identiteitskaart"));
    }

    @Test
    void theRestrictionLiftedLetterTellsThePersonBeforehandInEachLanguage() {
        LocalDate received = today().minusDays(10);
        long id = request(received, Right.RESTRICTION);
        Letter fr = letters.render(id, LetterKind.RESTRICTION_LIFTED, "fr");
        assertThat(fr.subject()).contains("Levée de la limitation").contains(String.valueOf(id));
        assertThat(fr.body()).contains("article 18, paragraphe 3").contains("avant de le faire")
                .contains("lèverons cette limitation").contains(DATE.format(received))
                .contains("privacy@coursenplus.be").contains("Autorité de protection des données")
                .contains("[motifs à compléter]");
        assertThat(letters.render(id, LetterKind.RESTRICTION_LIFTED, "en").body())
                .contains("Article 18(3) GDPR").contains("lift this restriction");
        assertThat(letters.render(id, LetterKind.RESTRICTION_LIFTED, "nl").body())
                .contains("artikel 18, lid 3, AVG").contains("beperking zullen opheffen");
        assertThat(bundle("fr").getString(LetterKind.RESTRICTION_LIFTED.labelKey())).contains("Levée de la limitation");
    }

    @Test
    void theLettersTakeTheOrganisationFromTheSettingsAndNoTemplateRepeatsIt() {
        long id = request(today().minusDays(1), Right.ACCESS);
        for (String language : LetterService.LANGUAGES) {
            ResourceBundle texts = bundle(language);
            assertThat(texts.keySet().stream().filter(key -> key.endsWith(".body") && key.startsWith("privacy.letter.")))
                    .as("letter templates in " + language).hasSizeGreaterThanOrEqualTo(LetterKind.values().length);
            for (String key : texts.keySet()) {
                if (key.startsWith("privacy.letter.")) {
                    assertThat(texts.getString(key)).as(language + " " + key)
                            .doesNotContain("Cours en Plus").doesNotContain("coursenplus").doesNotContain("Genval")
                            .doesNotContain("apd-gba").doesNotContain("rue de la Presse");
                }
            }
            assertThat(letters.render(id, LetterKind.ACKNOWLEDGEMENT, language).body()).as(language)
                    .endsWith("asbl Cours en Plus\nprivacy@coursenplus.be");
        }
    }
}
