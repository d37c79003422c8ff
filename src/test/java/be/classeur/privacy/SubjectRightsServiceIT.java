package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export, erasure preview, erasure and restriction of a request, on the real handlers, database and security. */
@SpringBootTest
@WithUserDetails("dpo")
class SubjectRightsServiceIT {
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
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    List<PersonalDataHandler> handlers;

    private record Family(long pupilId, long guardianId, String childFirstName, String guardianFirstName, String lastName) {
    }

    /** As the administrator: a minor pupil with one new guardian, all with unique names. */
    private Family family() {
        String lastName = unique("Famille");
        String child = unique("Enfant");
        String parent = unique("Parent");
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(child);
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(10).minusDays(20));
            Guardian guardian = new Guardian();
            guardian.setFirstName(parent);
            guardian.setLastName(lastName);
            guardian.setEmail(parent.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            long guardianId = pupils.guardiansOf(saved.getId()).get(0).guardianId();
            return new Family(saved.getId(), guardianId, child, parent, lastName);
        });
    }

    /** A guardian's request for their child, with both matches confirmed as the officer does before acting. */
    private long requestFor(Family f, Right... rights) {
        long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(f.guardianId()),
                f.guardianFirstName() + " " + f.lastName(), null, List.of(f.pupilId()), RequestChannel.EMAIL,
                LocalDate.now(clock), "Pour mon enfant."));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    private static String pdfText(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> auditActions(DataSubjectRef subject, String detail) {
        return jdbc.queryForList("select action from audit_event where subject_kind = ? and subject_id = ? and detail = ?",
                String.class, subject.kind().name(), subject.id(), detail);
    }

    @Test
    void theExportOfAGuardianActingForAChildHoldsBothInJsonAndPdfAndIsAudited() {
        Family f = family();
        long id = requestFor(f, Right.ACCESS);

        SubjectRightsService.Export export = subjectRights.exportFor(id);

        JsonNode root = JsonMapper.builder().build().readTree(export.json());
        assertThat(root.get("organisation").asString()).isEqualTo("asbl Cours en Plus");
        assertThat(root.get("request").asLong()).isEqualTo(id);
        List<String> kinds = new ArrayList<>();
        root.get("subjects").forEach(s -> kinds.add(s.get("kind").asString() + "-" + s.get("id").asLong()));
        assertThat(kinds).containsExactly("GUARDIAN-" + f.guardianId(), "PUPIL-" + f.pupilId());
        String text = new String(export.json(), StandardCharsets.UTF_8);
        assertThat(text).contains(f.childFirstName()).contains(f.guardianFirstName());
        JsonNode childParts = root.get("subjects").get(1).get("parts");
        assertThat(childParts.size()).isEqualTo(handlers.size());
        if (handlers.stream().anyMatch(h -> h.part().equals("people"))) {
            // The child's own record, not only the label: the people module's part names the child.
            assertThat(childParts.get("people").toString()).contains(f.childFirstName());
            assertThat(root.get("subjects").get(0).get("parts").get("people").toString()).contains(f.guardianFirstName());
        }
        assertThat(new String(export.pdf(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String pdfText = pdfText(export.pdf());
        assertThat(pdfText).contains("Vos données personnelles").contains("asbl Cours en Plus")
                .contains(f.childFirstName()).contains(f.guardianFirstName());
        assertThat(export.jsonFileName()).isEqualTo("export-demande-" + id + ".json");
        assertThat(export.pdfFileName()).isEqualTo("export-demande-" + id + ".pdf");

        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id)).contains("EXPORTED");
        assertThat(auditActions(DataSubjectRef.pupil(f.pupilId()), "request " + id)).contains("EXPORTED");
    }

    @Test
    void erasureIsRefusedForARequestWithoutTheErasureRight() {
        Family f = family();
        long id = requestFor(f, Right.ACCESS);

        assertThatThrownBy(() -> subjectRights.erase(id, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.noErasureRight");
        assertThatThrownBy(() -> subjectRights.preview(id, null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.noErasureRight");
        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id)).doesNotContain("ERASED");
    }

    @Test
    void anExportIsRefusedWithoutTheAccessOrPortabilityRightOrForAnUnknownRequester() {
        Family f = family();
        long erasureOnly = requestFor(f, Right.ERASURE);
        assertThatThrownBy(() -> subjectRights.exportFor(erasureOnly))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.noExportRight");

        long unknown = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, unique("Inconnu"), null, null,
                RequestChannel.POST, LocalDate.now(clock), null));
        assertThatThrownBy(() -> subjectRights.exportFor(unknown))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.requesterUnknown");
    }

    @Test
    void theErasurePreviewListsEveryPartForTheRequesterAndTheChild() {
        Family f = family();
        long id = requestFor(f, Right.ERASURE);

        List<PersonalDataHandler.Holdings> preview = subjectRights.preview(id, null).stream()
                .flatMap(s -> s.holdings().stream()).toList();

        assertThat(preview).hasSize(2 * handlers.size());
        assertThat(preview).extracting(PersonalDataHandler.Holdings::part)
                .containsAll(handlers.stream().map(PersonalDataHandler::part).toList());
        assertThat(subjectRights.preview(id, null)).extracting(s -> s.subject().ref())
                .containsExactly(DataSubjectRef.guardian(f.guardianId()), DataSubjectRef.pupil(f.pupilId()));
        if (handlers.stream().anyMatch(h -> h.part().equals("people"))) {
            assertThat(preview).filteredOn(h -> h.part().equals("people")).allSatisfy(h -> assertThat(h.isEmpty()).isFalse());
        }
    }

    @Test
    void anErasureAnonymisesEveryPartAndIsAudited() {
        Family f = family();
        long id = requestFor(f, Right.ERASURE);

        subjectRights.erase(id, null);

        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id + " as Personne-" + id
                + "-GUARDIAN-" + f.guardianId())).contains("ERASED");
        assertThat(auditActions(DataSubjectRef.pupil(f.pupilId()), "request " + id + " as Personne-" + id
                + "-PUPIL-" + f.pupilId())).contains("ERASED");
        if (handlers.stream().anyMatch(h -> h.part().equals("people"))) {
            Integer left = jdbc.queryForObject("select count(*) from pupil where first_name = ?", Integer.class, f.childFirstName());
            assertThat(left).as("the child's name is gone").isZero();
        }
    }

    @Test
    void restrictionIsRefusedWithoutARightThatAllowsItAndAuditedOtherwise() {
        Family f = family();
        long access = requestFor(f, Right.ACCESS);
        assertThatThrownBy(() -> subjectRights.restrict(access, null, true))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("privacy.actions.error.noRestrictionRight");

        long id = requestFor(f, Right.RESTRICTION);
        subjectRights.restrict(id, null, true);
        subjectRights.restrict(id, null, false);
        assertThat(auditActions(DataSubjectRef.guardian(f.guardianId()), "request " + id))
                .contains("RESTRICTED", "RESTRICTION_LIFTED");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayNeitherExportNorErase() {
        assertThatThrownBy(() -> subjectRights.exportFor(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subjectRights.erase(1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subjectRights.preview(1L, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subjectRights.restrict(1L, null, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerMayNeitherExportNorErase() {
        assertThatThrownBy(() -> subjectRights.exportFor(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subjectRights.erase(1L, null)).isInstanceOf(AccessDeniedException.class);
    }
}
