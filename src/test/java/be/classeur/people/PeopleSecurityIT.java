package be.classeur.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The service is the first line of defence: people data is read by administrators and privacy officers,
 * written by administrators only, and never reached by trainers through the people services.
 * Ids that do not exist are used on purpose: without the check, the call would fail differently
 * (not found, validation) or succeed, and the test would fail.
 */
@SpringBootTest
class PeopleSecurityIT {
    private static final long NO_SUCH_ID = Long.MAX_VALUE - 7;

    @Autowired
    Clock clock;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    ContactService contacts;
    @Autowired
    CatalogueService catalogues;

    private static void denied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private Pupil validAdultPupil() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Intrus");
        pupil.setLastName("Securite" + Long.toString(System.nanoTime(), 36));
        pupil.setBirthDate(LocalDate.now(clock).minusYears(30));
        return pupil;
    }

    private static Guardian validGuardian() {
        Guardian guardian = new Guardian();
        guardian.setFirstName("Intrus");
        guardian.setLastName("Securite" + Long.toString(System.nanoTime(), 36));
        return guardian;
    }

    private static Trainer validTrainer() {
        Trainer trainer = new Trainer();
        trainer.setFirstName("Intrus");
        trainer.setLastName("Securite" + Long.toString(System.nanoTime(), 36));
        return trainer;
    }

    @Test
    @WithUserDetails("formateur")
    void trainerMayNotSaveOrArchiveAPupil() {
        denied(() -> pupils.save(validAdultPupil(), List.of()));
        denied(() -> pupils.archive(NO_SUCH_ID, 0));
        denied(() -> pupils.restore(NO_SUCH_ID, 0));
        denied(() -> pupils.forEdit(NO_SUCH_ID));
    }

    @Test
    @WithUserDetails("formateur")
    void trainerMayNotWriteGuardiansTrainersContactsOrCatalogues() {
        denied(() -> guardians.save(validGuardian(), List.of()));
        denied(() -> guardians.archive(NO_SUCH_ID, 0));
        denied(() -> trainers.save(validTrainer()));
        denied(() -> trainers.archive(NO_SUCH_ID, 0));
        denied(() -> contacts.record(DataSubjectRef.pupil(NO_SUCH_ID), ContactKind.PHONE, LocalDate.now(clock).minusDays(1), null));
        denied(() -> catalogues.saveSubject(new Subject("Matière interdite " + System.nanoTime())));
    }

    @Test
    @WithUserDetails("formateur")
    void trainerMayNotSearchOrOpenPeopleRecords() {
        denied(() -> pupils.search(PupilFilter.active(), PageRequest.of(0, 10)));
        denied(() -> pupils.detail(NO_SUCH_ID));
        denied(() -> pupils.guardiansOf(NO_SUCH_ID));
        denied(() -> guardians.search(PersonFilter.active(), PageRequest.of(0, 10)));
        denied(() -> guardians.detail(NO_SUCH_ID));
        denied(() -> guardians.pupilsOf(NO_SUCH_ID));
        denied(() -> trainers.search(PersonFilter.active(), PageRequest.of(0, 10)));
        denied(() -> trainers.detail(NO_SUCH_ID));
        denied(() -> contacts.history(DataSubjectRef.pupil(NO_SUCH_ID), PageRequest.of(0, 10)));
    }

    @Test
    @WithUserDetails("formateur")
    void trainerMayReadTheSubjectCatalogue() {
        assertThat(catalogues.activeSubjects()).isNotEmpty();
    }

    @Test
    @WithUserDetails("dpo")
    void privacyOfficerMaySearchAndOpenPupils() {
        List<PupilRow> rows = pupils.search(PupilFilter.active(), PageRequest.of(0, 5)).getContent();
        assertThat(rows).isNotEmpty();

        PupilDetail detail = pupils.detail(rows.get(0).id());

        assertThat(detail.person().id()).isEqualTo(rows.get(0).id());
    }

    @Test
    @WithUserDetails("dpo")
    void privacyOfficerMaySearchGuardiansAndReadContactHistory() {
        List<PersonRow> rows = guardians.search(PersonFilter.active(), PageRequest.of(0, 5)).getContent();
        assertThat(rows).isNotEmpty();
        assertThat(guardians.detail(rows.get(0).id()).person().id()).isEqualTo(rows.get(0).id());
        assertThat(contacts.history(DataSubjectRef.guardian(rows.get(0).id()), PageRequest.of(0, 5))).isNotNull();
    }

    @Test
    @WithUserDetails("dpo")
    void privacyOfficerMayNotWritePeople() {
        denied(() -> pupils.save(validAdultPupil(), List.of()));
        denied(() -> pupils.archive(NO_SUCH_ID, 0));
        denied(() -> pupils.forEdit(NO_SUCH_ID));
        denied(() -> guardians.save(validGuardian(), List.of()));
        denied(() -> trainers.save(validTrainer()));
        denied(() -> contacts.record(DataSubjectRef.pupil(NO_SUCH_ID), ContactKind.EMAIL, LocalDate.now(clock).minusDays(1), null));
        denied(() -> catalogues.saveSubject(new Subject("Matière interdite " + System.nanoTime())));
    }

    @Test
    @WithUserDetails("direction")
    void adminAndPrivacyOfficerMayReadAndWrite() {
        Pupil saved = pupils.save(validAdultPupil(), List.of());

        assertThat(pupils.detail(saved.getId()).person().lastName()).isEqualTo(saved.getLastName());
    }

    @Test
    @WithAnonymousUser
    void anonymousMayNotSearchOrOpenAnything() {
        refusedToAnonymous(() -> pupils.search(PupilFilter.active(), PageRequest.of(0, 10)));
        refusedToAnonymous(() -> pupils.detail(NO_SUCH_ID));
        refusedToAnonymous(() -> guardians.search(PersonFilter.active(), PageRequest.of(0, 10)));
        refusedToAnonymous(() -> trainers.search(PersonFilter.active(), PageRequest.of(0, 10)));
        refusedToAnonymous(() -> catalogues.activeSubjects());
        refusedToAnonymous(() -> pupils.save(validAdultPupil(), List.of()));
    }

    private static void refusedToAnonymous(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void aCallOutsideAnySecurityContextIsRefused() {
        SecurityContextHolder.clearContext();

        refusedToAnonymous(() -> pupils.search(PupilFilter.active(), PageRequest.of(0, 10)));
        refusedToAnonymous(() -> contacts.record(DataSubjectRef.pupil(NO_SUCH_ID), ContactKind.EMAIL, LocalDate.now(clock), null));
    }
}
