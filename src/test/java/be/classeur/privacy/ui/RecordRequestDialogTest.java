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
import be.classeur.privacy.RequestDetail;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestQueueService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.domain.Right;
import be.classeur.privacy.domain.SubjectRole;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Recording a guardian's request for several of their children from the queue's dialog. */
@SpringBootTest
@WithUserDetails("dpo")
class RecordRequestDialogTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestQueueService requestQueue;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private Pupil pupil(String firstName, String lastName) {
        Pupil pupil = new Pupil();
        pupil.setFirstName(firstName);
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(11));
        return pupil;
    }

    @Test
    void aGuardianFoundAmongTheSuggestionsAsksForTwoOfTheirChildren() {
        String lastName = unique("Dialogue");
        long[] ids = as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName("Yasmine");
            guardian.setLastName(lastName);
            guardian.setPhone("0470 98 76 54");
            long one = pupils.save(pupil("Adam", lastName), List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER))).getId();
            long guardianId = pupils.guardiansOf(one).get(0).guardianId();
            long two = pupils.save(pupil("Ines", lastName), List.of(GuardianLinkDraft.existing(guardianId, Relationship.MOTHER))).getId();
            return new long[] {guardianId, one, two};
        });
        RequestsView view = navigate(RequestsView.class);
        test(view.record).click();
        RecordRequestDialog dialog = find(RecordRequestDialog.class).single();
        assertThat(dialog.represented.isVisible()).isFalse();

        // Found by phone number as people write it; the suggestion shows what tells namesakes apart.
        PersonSuggestion guardian = requestIntake.suggestPeople("0470 98 76 54").stream()
                .filter(p -> p.ref().equals(DataSubjectRef.guardian(ids[0]))).findFirst().orElseThrow();
        dialog.rights.setValue(Set.of(Right.ACCESS));
        dialog.receivedOn.setValue(LocalDate.now(clock));
        dialog.person.setValue(guardian);
        assertThat(dialog.person.getItemLabelGenerator().apply(guardian)).isEqualTo("Responsable légal·e · Yasmine " + lastName + " · +32 470 98 76 54");
        assertThat(dialog.requesterName.getValue()).isEqualTo("Yasmine " + lastName);
        assertThat(dialog.represented.isVisible()).isTrue();
        List<PersonSuggestion> children = dialog.represented.getListDataView().getItems().toList();
        assertThat(children).extracting(PersonSuggestion::name).containsExactlyInAnyOrder("Adam " + lastName, "Ines " + lastName);
        dialog.represented.setValue(Set.copyOf(children));
        test(dialog.save).click();

        RequestDetailView detail = find(RequestDetailView.class).single();
        long id = requestQueue.search(new be.classeur.privacy.RequestFilter(null, null, null, false, "Yasmine " + lastName),
                org.springframework.data.domain.PageRequest.of(0, 5)).getContent().getFirst().id();
        RequestDetail recorded = requestWorkflow.detail(id);
        assertThat(recorded.covered()).extracting(CoveredSubject::ref, CoveredSubject::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.guardian(ids[0]), SubjectRole.REQUESTER),
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.pupil(Math.min(ids[1], ids[2])), SubjectRole.REPRESENTED),
                org.assertj.core.groups.Tuple.tuple(DataSubjectRef.pupil(Math.max(ids[1], ids[2])), SubjectRole.REPRESENTED));
        assertThat(detail.coveredPeople.rows).hasSize(3);
    }

    @Test
    void anAdultChildIsShownButCannotBeTickedForTheGuardian() {
        String lastName = unique("Majeur");
        long guardianId = as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName("Karim");
            guardian.setLastName(lastName);
            guardian.setEmail(lastName.toLowerCase() + "@exemple.be");
            long minor = pupils.save(pupil("Lina", lastName), List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.FATHER))).getId();
            long id = pupils.guardiansOf(minor).get(0).guardianId();
            Pupil adult = pupil("Sami", lastName);
            adult.setBirthDate(LocalDate.now(clock).minusYears(19));
            pupils.save(adult, List.of(GuardianLinkDraft.existing(id, Relationship.FATHER)));
            return id;
        });
        RequestsView view = navigate(RequestsView.class);
        test(view.record).click();
        RecordRequestDialog dialog = find(RecordRequestDialog.class).single();
        dialog.person.setValue(requestIntake.suggestPeople(lastName.toLowerCase() + "@exemple.be").stream()
                .filter(p -> p.ref().equals(DataSubjectRef.guardian(guardianId))).findFirst().orElseThrow());

        List<PersonSuggestion> children = dialog.represented.getListDataView().getItems().toList();
        PersonSuggestion adult = children.stream().filter(c -> c.name().startsWith("Sami")).findFirst().orElseThrow();
        PersonSuggestion minor = children.stream().filter(c -> c.name().startsWith("Lina")).findFirst().orElseThrow();
        assertThat(dialog.represented.getItemEnabledProvider().test(adult)).isFalse();
        assertThat(dialog.represented.getItemEnabledProvider().test(minor)).isTrue();
        assertThat(dialog.represented.getItemLabelGenerator().apply(adult)).contains("Sami " + lastName).contains("majeur");
    }
}
