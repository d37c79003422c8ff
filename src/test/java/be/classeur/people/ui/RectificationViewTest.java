package be.classeur.people.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PersonLocations;
import be.classeur.people.PupilService;
import be.classeur.people.RectificationService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.ui.components.Formats;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
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

/** A person's page opened from a rights request for rectification, driven as the privacy officer would. */
@SpringBootTest
@WithUserDetails("dpo")
class RectificationViewTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    RectificationService rectifications;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** A guardian and their minor child; returns {pupil id, guardian id}. */
    private long[] family(String lastName) {
        return as(users, "admin", () -> {
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
    }

    private long request(long[] family, String lastName, Right... rights) {
        long id = requestIntake.record(new RequestIntake(Set.of(rights), DataSubjectRef.guardian(family[1]), "Sarah " + lastName,
                null, List.of(family[0]), RequestChannel.EMAIL, LocalDate.now(clock), null));
        // The officer confirms both matches before acting on the people behind the request.
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        return id;
    }

    /** Opens the person's page the way the request page does: the route with {@code ?rectification=<request>}. */
    private <T> T openForRectification(DataSubjectRef person, long requestId, Class<T> view) {
        UI.getCurrent().navigate(PersonLocations.detail(person),
                QueryParameters.of(PersonLocations.RECTIFICATION, String.valueOf(requestId)));
        return view.cast(UI.getCurrent().getCurrentView());
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void theQueryParameterOpensThePupilFormInRectificationModeAndSavingLinksItToTheRequest() {
        String lastName = unique("Rect");
        long[] family = family(lastName);
        long requestId = request(family, lastName, Right.RECTIFICATION);

        PupilDetailView view = openForRectification(DataSubjectRef.pupil(family[0]), requestId, PupilDetailView.class);

        assertThat(view.rectification).isNotNull();
        assertThat(view.rectification.requestId).isEqualTo(requestId);
        PupilForm form = find(PupilForm.class).single();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.getHeaderTitle()).isEqualTo("Rectification pour la demande n° " + requestId);
        assertThat(form.guardiansSection.isVisible()).as("links are not part of a rectification").isFalse();
        test(form.person.firstName).setValue("Line");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(notifications()).contains("Rectification enregistrée pour la demande n° " + requestId + " (1 champ modifié).");
        assertThat(jdbc.queryForObject("select first_name from pupil where id = ?", String.class, family[0])).isEqualTo("Line");
        assertThat(requestWorkflow.detail(requestId).history().getLast().noteIn(java.util.Locale.FRENCH))
                .isEqualTo("Rectification (élève n° " + family[0] + ") : Prénom");

        test(view.rectification.backToRequest).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("privacy/requests/" + requestId);
    }

    @Test
    void aStaleRectificationOffersToReloadTheStoredRecord() {
        String lastName = unique("Conflit");
        long[] family = family(lastName);
        long requestId = request(family, lastName, Right.RECTIFICATION);
        openForRectification(DataSubjectRef.guardian(family[1]), requestId, GuardianDetailView.class);
        GuardianForm form = find(GuardianForm.class).single();
        assertThat(form.pupilsSection.isVisible()).isFalse();

        Person meanwhile = rectifications.forRectification(DataSubjectRef.guardian(family[1]));
        meanwhile.setCity("Wavre");
        rectifications.rectify(meanwhile, requestId);
        test(form.person.city).setValue("Namur");
        test(form.save).click();

        assertThat(form.isOpened()).as("the user's input is kept").isTrue();
        assertThat(jdbc.queryForObject("select city from guardian where id = ?", String.class, family[1])).isEqualTo("Wavre");
        test(find(ConfirmDialog.class).last()).confirm();
        assertThat(form.person.city.getValue()).isEqualTo("Wavre");
    }

    @Test
    void theAdministratorGetsTheOrdinaryPageWithoutTheRectificationForm() {
        String lastName = unique("Admin");
        long[] family = family(lastName);
        long requestId = request(family, lastName, Right.RECTIFICATION);
        PupilDetailView view = as(users, "admin",
                () -> openForRectification(DataSubjectRef.pupil(family[0]), requestId, PupilDetailView.class));

        assertThat(view.rectification).isNull();
        assertThat(find(PupilForm.class).all()).isEmpty();
    }
}
