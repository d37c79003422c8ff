package be.classeur.people.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PeoplePersonalData;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** An erased person's pseudonymised record shows as anonymised and read-only, on its page and in its form. */
@SpringBootTest
@WithUserDetails("admin")
class AnonymisedRecordViewTest extends SpringBrowserlessTest {
    @Autowired
    PupilService pupils;
    @Autowired
    TrainerService trainers;
    @Autowired
    PeoplePersonalData people;
    @Autowired
    PupilFormFactory pupilForms;
    @Autowired
    GuardianFormFactory guardianForms;
    @Autowired
    TrainerFormFactory trainerForms;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private long[] erasedFamilyAndTrainer() {
        Pupil pupil = new Pupil();
        pupil.setFirstName(unique("Efface"));
        pupil.setLastName(unique("Effaceno"));
        pupil.setBirthDate(LocalDate.now(clock).minusYears(12));
        Guardian guardian = new Guardian();
        guardian.setFirstName(unique("Tuteur"));
        guardian.setLastName(unique("Tuteurno"));
        long pupilId = pupils.save(pupil, List.of(new GuardianLinkDraft(null, guardian, Relationship.FATHER))).getId();
        long guardianId = pupils.detail(pupilId).guardians().getFirst().guardianId();
        Trainer trainer = new Trainer();
        trainer.setFirstName(unique("Forma"));
        trainer.setLastName(unique("Formano"));
        long trainerId = trainers.save(trainer).getId();
        as(users, "dpo", () -> {
            people.anonymise(DataSubjectRef.pupil(pupilId), "Personne-t-PUPIL-" + pupilId);
            people.anonymise(DataSubjectRef.guardian(guardianId), "Personne-t-GUARDIAN-" + guardianId);
            people.anonymise(DataSubjectRef.trainer(trainerId), "Personne-t-TRAINER-" + trainerId);
            return null;
        });
        return new long[] {pupilId, guardianId, trainerId};
    }

    private List<Span> notices(Component in) {
        return find(Span.class).from(in).withClassName(AnonymisedNotice.CLASS_NAME).all();
    }

    @Test
    void theErasedPupilsGuardiansAndTrainersPagesSayAnonymisedAndOfferNoChange() {
        long[] ids = erasedFamilyAndTrainer();

        PupilDetailView pupil = navigate(PupilDetailView.class, ids[0]);
        assertThat(notices(pupil)).singleElement().satisfies(n -> assertThat(n.getText()).contains("lecture seule"));
        assertThat(test(pupil.edit).isUsable()).isFalse();
        assertThat(test(pupil.archive).isUsable()).as("no reactivation").isFalse();
        assertThat(test(pupil.recordContact).isUsable()).isFalse();

        GuardianDetailView guardian = navigate(GuardianDetailView.class, ids[1]);
        assertThat(notices(guardian)).hasSize(1);
        assertThat(test(guardian.edit).isUsable()).isFalse();
        assertThat(test(guardian.archive).isUsable()).isFalse();

        TrainerDetailView trainer = navigate(TrainerDetailView.class, ids[2]);
        assertThat(notices(trainer)).hasSize(1);
        assertThat(test(trainer.edit).isUsable()).isFalse();
        assertThat(test(trainer.archive).isUsable()).isFalse();
    }

    @Test
    void theFormsOfAnErasedRecordAreReadOnly() {
        long[] ids = erasedFamilyAndTrainer();

        PupilForm pupil = pupilForms.openEdit(ids[0], saved -> { });
        assertThat(notices(pupil)).hasSize(1);
        assertThat(pupil.person.firstName.isReadOnly()).isTrue();
        assertThat(pupil.save.isEnabled()).isFalse();

        GuardianForm guardian = guardianForms.openEdit(ids[1], saved -> { });
        assertThat(notices(guardian)).hasSize(1);
        assertThat(guardian.save.isEnabled()).isFalse();

        TrainerForm trainer = trainerForms.openEdit(ids[2], saved -> { });
        assertThat(notices(trainer)).hasSize(1);
        assertThat(trainer.save.isEnabled()).isFalse();
    }
}
