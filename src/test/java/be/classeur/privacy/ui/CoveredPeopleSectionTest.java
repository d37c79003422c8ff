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
import be.classeur.privacy.CoveredSubject;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Personnes concernées" on a request's page: recognise, confirm or remove each proposed match, link a requester. */
@SpringBootTest
@WithUserDetails("dpo")
class CoveredPeopleSectionTest extends SpringBrowserlessTest {
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    private record Family(long guardianId, long childId, String lastName, LocalDate childBirthDate) {
    }

    private Family family() {
        String lastName = unique("Section");
        // A ten-year-old child on the test clock's today, whatever day that is.
        LocalDate birthDate = LocalDate.now(clock).minusYears(10).minusDays(40);
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Noor");
            pupil.setLastName(lastName);
            pupil.setBirthDate(birthDate);
            Guardian guardian = new Guardian();
            guardian.setFirstName("Karim");
            guardian.setLastName(lastName);
            guardian.setEmail(lastName.toLowerCase() + "@exemple.be");
            Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.FATHER)));
            return new Family(pupils.guardiansOf(saved.getId()).get(0).guardianId(), saved.getId(), lastName, birthDate);
        });
    }

    private static String text(Component row) {
        return row.getChildren().filter(c -> c instanceof Span || c instanceof Anchor)
                .map(c -> c.getElement().getText()).reduce("", (a, b) -> a + " | " + b);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void theOfficerRecognisesAndConfirmsEachPersonAndOnlyThenMayAct() {
        Family f = family();
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.guardianId()),
                "Karim " + f.lastName(), null, List.of(f.childId()), RequestChannel.EMAIL, LocalDate.now(clock), null));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        CoveredPeopleSection section = view.coveredPeople;
        List<CoveredSubject> covered = requestWorkflow.detail(id).covered();

        assertThat(section.rows).hasSize(2);
        String guardianRow = text(section.rows.get(covered.get(0).subjectId()));
        assertThat(guardianRow).contains("Demandeur").contains("Karim " + f.lastName())
                .contains(f.lastName().toLowerCase() + "@exemple.be").contains("Correspondance proposée, à confirmer");
        String childRow = text(section.rows.get(covered.get(1).subjectId()));
        assertThat(childRow).contains("Enfant représenté").contains("Noor " + f.lastName()).contains("né(e) le " + BIRTH_DATE.format(f.childBirthDate()));
        Anchor childLink = section.rows.get(covered.get(1).subjectId()).getChildren()
                .filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(childLink.getHref()).isEqualTo("pupils/" + f.childId());
        assertThat(view.subjectActions.export.isEnabled()).isFalse();
        assertThat(view.subjectActions.unavailable.getText()).startsWith("Confirmez d’abord la correspondance");

        test(section.confirmButtons.get(covered.get(0).subjectId())).click();
        assertThat(notifications()).contains("La correspondance est confirmée.");
        // The page is shown again: the requester is confirmed, the child still waits.
        section = view.coveredPeople;
        assertThat(text(section.rows.get(covered.get(0).subjectId()))).contains("Correspondance confirmée par dpo");
        assertThat(section.confirmButtons).containsOnlyKeys(covered.get(1).subjectId());
        assertThat(view.subjectActions.export.isEnabled()).isFalse();

        test(section.confirmButtons.get(covered.get(1).subjectId())).click();
        assertThat(view.coveredPeople.confirmButtons).isEmpty();
        assertThat(view.coveredPeople.removeButtons).isEmpty();
        assertThat(view.subjectActions.export.isEnabled()).isTrue();
        test(view.subjectActions.export).click();
        assertThat(view.subjectActions.downloads.isVisible()).isTrue();
    }

    @Test
    void aWrongChildIsRemovedAfterConfirmationAndAnUnknownRequesterIsLinkedLater() {
        Family f = family();
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.guardianId()),
                "Karim " + f.lastName(), null, List.of(f.childId()), RequestChannel.EMAIL, LocalDate.now(clock), null));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        long childRow = requestWorkflow.detail(id).covered().get(1).subjectId();

        test(view.coveredPeople.removeButtons.get(childRow)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(requestWorkflow.detail(id).covered()).hasSize(2); // nothing before the confirmation
        test(confirm).confirm();
        assertThat(requestWorkflow.detail(id).covered()).extracting(CoveredSubject::ref)
                .containsExactly(DataSubjectRef.guardian(f.guardianId()));
        assertThat(view.coveredPeople.rows).hasSize(1);

        long unknown = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Karim " + f.lastName(),
                null, null, RequestChannel.POST, LocalDate.now(clock), null));
        RequestDetailView other = navigate(RequestDetailView.class, unknown);
        CoveredPeopleSection section = other.coveredPeople;
        assertThat(section.notFound.isVisible()).isTrue();
        assertThat(section.rows).isEmpty();
        test(section.link).click();
        assertThat(section.search.isInvalid()).isTrue();

        PersonSuggestion guardian = requestIntake.suggestPeople(f.lastName()).stream()
                .filter(p -> p.ref().equals(DataSubjectRef.guardian(f.guardianId()))).findFirst().orElseThrow();
        section.search.setValue(guardian);
        assertThat(section.children.isVisible()).isTrue();
        section.children.setValue(Set.copyOf(section.children.getListDataView().getItems().toList()));
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        test(section.link).click();

        assertThat(notifications()).contains("La demande est liée ; confirmez maintenant la correspondance.");
        assertThat(requestWorkflow.detail(unknown).covered()).extracting(CoveredSubject::ref)
                .containsExactly(DataSubjectRef.guardian(f.guardianId()), DataSubjectRef.pupil(f.childId()));
        assertThat(other.coveredPeople.rows).hasSize(2);
        assertThat(other.coveredPeople.notFound.isVisible()).isFalse();
    }
}
