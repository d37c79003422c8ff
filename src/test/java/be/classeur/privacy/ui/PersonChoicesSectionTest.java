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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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

/** Rectification and objection on a request's page, driven as the privacy officer would. */
@SpringBootTest
@WithUserDetails("dpo")
class PersonChoicesSectionTest extends SpringBrowserlessTest {
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

    /** A guardian asking for their minor child; returns {request id, pupil id, guardian id}. */
    private long[] requestFromAGuardian(Right... rights) {
        String lastName = unique("Choix");
        long[] ids = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Lina");
            pupil.setLastName(lastName);
            pupil.setBirthDate(LocalDate.now(clock).minusYears(9));
            Guardian guardian = new Guardian();
            guardian.setFirstName("Sarah");
            guardian.setLastName(lastName);
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
            return new long[] {saved.getId(), pupils.guardiansOf(saved.getId()).get(0).guardianId()};
        });
        long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(ids[1]), "Sarah " + lastName,
                null, List.of(ids[0]), RequestChannel.IN_PERSON, LocalDate.now(clock), null));
        // The officer confirms both matches before acting on the people behind the request.
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return new long[] {id, ids[0], ids[1]};
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void aRectificationRequestOpensEachPersonsFormInRectificationMode() {
        long[] ids = requestFromAGuardian(Right.RECTIFICATION);
        navigate(RequestDetailView.class, ids[0]);
        PersonChoicesSection section = find(PersonChoicesSection.class).single();
        assertThat(section.isVisible()).isTrue();
        assertThat(section.recordObjection.getParent()).as("not offered without the right").isEmpty();
        assertThat(section.rectify).hasSize(2);
        assertThat(section.rectify.get(1).getText()).startsWith("Rectifier les données de Lina");

        test(section.rectify.get(1)).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("pupils/" + ids[1]);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("rectification"))
                .contains(String.valueOf(ids[0]));
        Dialog form = find(Dialog.class).single();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.getHeaderTitle()).isEqualTo("Rectification pour la demande n° " + ids[0]);
    }

    @Test
    void theObjectionIsRecordedOnlyAfterConfirmationAndAppearsInTheHistory() {
        long[] ids = requestFromAGuardian(Right.CONSENT_WITHDRAWAL);
        navigate(RequestDetailView.class, ids[0]);
        PersonChoicesSection section = find(PersonChoicesSection.class).single();
        assertThat(section.rectify).isEmpty();

        test(section.recordObjection).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'GUARDIAN' and person_id = ?",
                Integer.class, ids[2])).as("nothing before confirming").isZero();
        test(confirm).confirm();

        assertThat(jdbc.queryForObject("select given_on from consent_record where person_kind = 'GUARDIAN' and person_id = ?"
                + " and purpose = 'ACTIVITY_NEWS' and status = 'WITHDRAWN'", LocalDate.class, ids[2])).isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.queryForObject("select request_id from consent_record where person_kind = 'PUPIL' and person_id = ?",
                Long.class, ids[1])).isEqualTo(ids[0]);
        assertThat(notifications()).contains("Opposition enregistrée (2 personnes nouvellement concernées).");
        RequestDetailView shown = find(RequestDetailView.class).single();
        assertThat(shown.history.getGenericDataView().getItems().toList().getLast().noteIn(java.util.Locale.FRENCH))
                .startsWith("Opposition aux nouvelles des activités / retrait du consentement enregistré");
    }

    @Test
    void aRequestAskingForNeitherHidesTheSection() {
        long[] ids = requestFromAGuardian(Right.ACCESS);
        navigate(RequestDetailView.class, ids[0]);
        assertThat(find(PersonChoicesSection.class).all()).as("only visible sections are found").isEmpty();
    }

    @Test
    void aRectificationRequestFromSomeoneNotInTheRecordsSaysWhyNothingCanBeDone() {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.RECTIFICATION, Right.OBJECTION), null, unique("Inconnu"),
                null, null, RequestChannel.POST, LocalDate.now(clock), null));
        navigate(RequestDetailView.class, id);
        PersonChoicesSection section = find(PersonChoicesSection.class).single();
        assertThat(section.rectify).isEmpty();
        assertThat(section.unavailable.isVisible()).isTrue();
        assertThat(section.recordObjection.isEnabled()).isFalse();
    }
}
