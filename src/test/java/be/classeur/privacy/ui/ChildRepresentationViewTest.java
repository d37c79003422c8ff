package be.classeur.privacy.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.PersonSuggestion;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.ChildInterestDecision;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
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

/** The intake dialog and the request page, when a parent asks for a child of unknown age or of 13 or over. */
@SpringBootTest
@WithUserDetails("dpo")
class ChildRepresentationViewTest extends SpringBrowserlessTest {
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

    private record Family(long childId, long motherId, long grandfatherId, String lastName) {
    }

    private Family family(Integer age) {
        String lastName = unique("Vue");
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Nina");
            pupil.setLastName(lastName);
            pupil.setSchoolYear(SchoolYear.S2);
            pupil.setBirthDate(age == null ? null : LocalDate.now(clock).minusYears(age).minusDays(3));
            Guardian mother = new Guardian();
            mother.setFirstName("Rita");
            mother.setLastName(lastName);
            mother.setEmail(lastName.toLowerCase() + "@exemple.be");
            Guardian grandfather = new Guardian();
            grandfather.setFirstName("Paul");
            grandfather.setLastName(lastName);
            grandfather.setEmail("papi." + lastName.toLowerCase() + "@exemple.be");
            long id = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(mother, Relationship.MOTHER),
                    GuardianLinkDraft.newGuardian(grandfather, Relationship.GRANDPARENT))).getId();
            List<LinkRow> links = pupils.guardiansOf(id);
            return new Family(id, links.stream().filter(LinkRow::mayRepresent).findFirst().orElseThrow().guardianId(),
                    links.stream().filter(l -> !l.mayRepresent()).findFirst().orElseThrow().guardianId(), lastName);
        });
    }

    private PersonSuggestion suggestion(String text, long guardianId) {
        return requestIntake.suggestPeople(text).stream().filter(p -> p.ref().equals(DataSubjectRef.guardian(guardianId)))
                .findFirst().orElseThrow();
    }

    private int requestsOf(String name) {
        return jdbc.queryForObject("select count(*) from rights_request where requester_name = ?", Integer.class, name);
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void theIntakeAsksTheOfficerToCheckTheAgeOfAChildWithoutBirthDateAndRecordsIt() {
        Family f = family(null);
        RequestsView queue = navigate(RequestsView.class);
        test(queue.record).click();
        RecordRequestDialog dialog = find(RecordRequestDialog.class).single();
        dialog.rights.setValue(Set.of(Right.ACCESS));
        dialog.receivedOn.setValue(LocalDate.now(clock));

        // The grandfather is a contact only: no child is offered for him.
        dialog.person.setValue(suggestion("papi." + f.lastName().toLowerCase(), f.grandfatherId()));
        assertThat(dialog.represented.isVisible()).isFalse();

        dialog.person.setValue(suggestion(f.lastName().toLowerCase() + "@exemple.be", f.motherId()));
        PersonSuggestion child = dialog.represented.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(dialog.represented.getItemEnabledProvider().test(child)).isTrue();
        assertThat(dialog.represented.getItemLabelGenerator().apply(child)).contains("Nina " + f.lastName())
                .contains("âge non enregistré");
        assertThat(dialog.minorChecked.isVisible()).isFalse();
        dialog.represented.setValue(Set.of(child));
        assertThat(dialog.minorChecked.isVisible()).isTrue();
        assertThat(dialog.minorChecked.getItemLabelGenerator().apply(child)).isEqualTo("J’ai vérifié que Nina " + f.lastName() + " est mineur(e)");

        test(dialog.save).click();
        assertThat(dialog.minorChecked.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(requestsOf("Rita " + f.lastName())).isZero();

        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        dialog.minorChecked.setValue(Set.of(child));
        test(dialog.save).click();
        assertThat(requestsOf("Rita " + f.lastName())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select minor_checked_by from rights_request_subject where person_kind = 'PUPIL'"
                + " and person_id = ?", String.class, f.childId())).isEqualTo("dpo");
    }

    @Test
    void linkingAnUnknownRequesterLaterAlsoAsksForTheAgeCheck() {
        Family f = family(null);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Rita " + f.lastName(), null, null,
                RequestChannel.POST, LocalDate.now(clock), null));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        CoveredPeopleSection section = view.coveredPeople;
        section.search.setValue(suggestion(f.lastName().toLowerCase() + "@exemple.be", f.motherId()));
        PersonSuggestion child = section.children.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(section.children.getItemLabelGenerator().apply(child)).contains("âge non enregistré");
        section.children.setValue(Set.of(child));
        assertThat(section.minorChecked.isVisible()).isTrue();

        test(section.link).click();
        assertThat(section.minorChecked.isInvalid()).isTrue();
        assertThat(requestWorkflow.detail(id).covered()).isEmpty();

        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)
        section.minorChecked.setValue(Set.of(child));
        test(section.link).click();
        assertThat(requestWorkflow.detail(id).covered()).extracting(c -> c.ref())
                .containsExactly(DataSubjectRef.guardian(f.motherId()), DataSubjectRef.pupil(f.childId()));
        assertThat(jdbc.queryForObject("select minor_checked_by from rights_request_subject where request_id = ?"
                + " and person_kind = 'PUPIL'", String.class, id)).isEqualTo("dpo");
    }

    @Test
    void forAChildOfThirteenThePageRemindsTheOfficerAndTheExportWaitsForTheRecordedDecision() {
        Family f = family(13);
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(f.motherId()),
                "Rita " + f.lastName(), null, List.of(f.childId()), RequestChannel.EMAIL, LocalDate.now(clock), null));
        requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
        RequestDetailView view = navigate(RequestDetailView.class, id);
        long child = requestWorkflow.detail(id).covered().get(1).subjectId();

        assertThat(view.coveredPeople.interestReminders).containsOnlyKeys(child);
        assertThat(view.coveredPeople.interestReminders.get(child).getText())
                .contains("Nina " + f.lastName()).contains("13 ans").contains("intérêts propres de l’enfant");

        test(view.subjectActions.export).click();
        assertThat(notifications()).anyMatch(n -> n.contains("13 ans ou plus") && n.contains("Nina " + f.lastName()));
        assertThat(view.subjectActions.downloads.isVisible()).isFalse();

        view.coveredPeople.interestChoices.get(child).setValue(ChildInterestDecision.FULL_EXPORT);
        test(view.coveredPeople.interestNotes.get(child)).setValue("Nina a été entendue et est d’accord.");
        test(view.coveredPeople.interestButtons.get(child)).click();
        assertThat(notifications()).contains("Décision enregistrée.");
        assertThat(jdbc.queryForObject("select interest_decision from rights_request_subject where id = ?", String.class, child))
                .isEqualTo("FULL_EXPORT");

        test(view.subjectActions.export).click();
        assertThat(view.subjectActions.downloads.isVisible()).isTrue();
    }
}
