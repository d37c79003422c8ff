package be.classeur.privacy.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The subject-rights actions on a request's page, driven as the privacy officer would. */
@SpringBootTest
@WithUserDetails("dpo")
class SubjectActionsSectionTest extends SpringBrowserlessTest {
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

    /** A guardian (as the administrator creates them) asking for their minor child; returns the request id. */
    private long requestFromAGuardian(Right right) {
        String lastName = unique("Vue");
        long[] ids = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Lina");
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(9));
            Guardian guardian = new Guardian();
            guardian.setFirstName("Sarah");
            guardian.setLastName(lastName);
            guardian.setEmail(lastName.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            return new long[] {saved.getId(), pupils.guardiansOf(saved.getId()).get(0).guardianId()};
        });
        long id = requestIntake.record(new RequestIntake(Set.of(right), DataSubjectRef.guardian(ids[1]), "Sarah " + lastName,
                null, List.of(ids[0]), RequestChannel.IN_PERSON, LocalDate.now(clock), null));
        // The officer confirms both proposed matches before acting.
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void anAccessRequestOffersTheExportAsJsonAndPdfDownloads() {
        long id = requestFromAGuardian(Right.ACCESS);
        RequestDetailView view = navigate(RequestDetailView.class, id);
        SubjectActionsSection actions = view.subjectActions;
        assertThat(actions.export.isVisible()).isTrue();
        assertThat(actions.erase.isVisible()).isFalse();
        assertThat(actions.restrict.isVisible()).isFalse();

        test(actions.export).click();

        assertThat(actions.jsonDownload.getElement().getAttribute("download")).isEqualTo("export-demande-" + id + ".json");
        assertThat(actions.pdfDownload.getElement().getAttribute("download")).isEqualTo("export-demande-" + id + ".pdf");
        assertThat(actions.jsonDownload.getHref()).isNotBlank();
        assertThat(actions.downloads.isVisible()).isTrue();
        assertThat(notifications()).contains("L’export a été généré et enregistré dans le journal d’audit.");
    }

    @Test
    void theExportIsOfferedInFrenchEnglishAndDutchForTheReader() {
        long id = requestFromAGuardian(Right.ACCESS);
        SubjectActionsSection actions = navigate(RequestDetailView.class, id).subjectActions;
        assertThat(actions.exportLanguage.isVisible()).isTrue();
        assertThat(actions.exportLanguage.getListDataView().getItems()).containsExactly("fr", "en", "nl");
        assertThat(actions.exportLanguage.getValue()).isEqualTo("fr");

        actions.exportLanguage.setValue("nl");
        test(actions.export).click();

        assertThat(actions.pdfDownload.getElement().getAttribute("download")).isEqualTo("export-demande-" + id + "-nl.pdf");
    }

    @Test
    void anErasureShowsWhatIsKeptAndRunsOnlyAfterTheTypedWord() {
        long id = requestFromAGuardian(Right.ERASURE);
        RequestDetailView view = navigate(RequestDetailView.class, id);
        SubjectActionsSection actions = view.subjectActions;
        assertThat(actions.export.isVisible()).isFalse();
        // Erasure acts on the requester unless the officer picks someone else: here, the child only.
        assertThat(actions.person.isVisible()).isTrue();
        assertThat(actions.person.getValue().requester()).isTrue();
        actions.person.setValue(actions.person.getListDataView().getItems()
                .filter(s -> s != null && !s.requester()).findFirst().orElseThrow());

        test(actions.erase).click();
        assertThat(find(Dialog.class).single()).isSameAs(actions.erasureDialog);
        assertThat(actions.erasureDialog.isOpened()).isTrue();
        test(actions.confirmation).setValue("effacer");
        test(actions.confirmErase).click();
        assertThat(actions.confirmation.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ERASED' and detail like ?",
                Integer.class, "request " + id + " %")).isZero();

        test(actions.confirmation).setValue(SubjectActionsSection.CONFIRM_WORD);
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(actions.confirmErase).click();

        assertThat(actions.erasureDialog.isOpened()).isFalse();
        assertThat(jdbc.queryForList("select subject_kind from audit_event where action = 'ERASED' and detail like ?",
                String.class, "request " + id + " %")).containsExactly("PUPIL");
        assertThat(notifications()).anyMatch(n -> n.startsWith("Les données ont été effacées"));
    }

    @Test
    void aRequestFromSomeoneNotInTheRecordsOffersNoAction() {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), null, unique("Inconnu"), null, null,
                RequestChannel.POST, LocalDate.now(clock), null));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        SubjectActionsSection actions = view.subjectActions;
        assertThat(actions.erase.isEnabled()).isFalse();
        assertThat(actions.unavailable.isVisible()).isTrue();
        assertThat(actions.unavailable.getText()).startsWith("Le·la demandeur·euse n’a pas été retrouvé·e");
    }
}
