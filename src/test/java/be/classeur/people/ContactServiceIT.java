package be.classeur.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.audit.AuditLog;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.domain.ContactEventRepository;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("admin")
class ContactServiceIT {
    @Autowired
    ContactEventRepository stored;
    @Autowired
    ContactService contacts;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long newAdultPupil() {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Camille");
        pupil.setLastName("Contact" + Long.toString(System.nanoTime(), 36));
        pupil.setBirthDate(today().minusYears(25));
        return pupils.save(pupil, List.of()).getId();
    }

    private LocalDate lastContactOf(long pupilId) {
        return pupils.forEdit(pupilId).getLastContactDate();
    }

    @Test
    void aContactMovesTheLastContactDateForwardButNeverBack() {
        long id = newAdultPupil();
        DataSubjectRef pupil = DataSubjectRef.pupil(id);
        assertThat(lastContactOf(id)).isNull();

        contacts.record(pupil, ContactKind.PHONE, today().minusDays(10), "appel de la maman");
        assertThat(lastContactOf(id)).isEqualTo(today().minusDays(10));

        contacts.record(pupil, ContactKind.EMAIL, today().minusDays(30), "ancien e-mail retrouvé");
        assertThat(lastContactOf(id)).as("an older contact does not move the date back").isEqualTo(today().minusDays(10));

        contacts.record(pupil, ContactKind.MEETING, today(), null);
        assertThat(lastContactOf(id)).isEqualTo(today());
    }

    @Test
    void aFutureContactIsRefusedAndNothingIsRecorded() {
        long id = newAdultPupil();
        DataSubjectRef pupil = DataSubjectRef.pupil(id);
        contacts.record(pupil, ContactKind.PHONE, today().minusDays(3), null);

        assertThatThrownBy(() -> contacts.record(pupil, ContactKind.EMAIL, today().plusDays(1), null))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.contact.error.future"));
        assertThatThrownBy(() -> contacts.record(pupil, ContactKind.EMAIL, null, null))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(lastContactOf(id)).isEqualTo(today().minusDays(3));
        assertThat(contacts.history(pupil, PageRequest.of(0, 10)).getContent()).hasSize(1);
    }

    @Test
    void aNoteLongerThanTheColumnIsRefused() {
        long id = newAdultPupil();

        assertThatThrownBy(() -> contacts.record(DataSubjectRef.pupil(id), ContactKind.EMAIL, today(), "x".repeat(1001)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(lastContactOf(id)).isNull();
    }

    @Test
    void theHistoryIsNewestFirst() {
        long id = newAdultPupil();
        DataSubjectRef pupil = DataSubjectRef.pupil(id);
        contacts.record(pupil, ContactKind.EMAIL, today().minusDays(20), "deuxième");
        contacts.record(pupil, ContactKind.PHONE, today().minusDays(40), "premier");
        contacts.record(pupil, ContactKind.ENROLMENT, today().minusDays(5), "troisième");

        List<ContactRow> history = contacts.history(pupil, PageRequest.of(0, 10)).getContent();

        assertThat(history).extracting(ContactRow::occurredOn)
                .containsExactly(today().minusDays(5), today().minusDays(20), today().minusDays(40));
        assertThat(history).extracting(ContactRow::note).containsExactly("troisième", "deuxième", "premier");
        assertThat(history).extracting(ContactRow::recordedBy).containsOnly("admin");
        assertThat(stored.findAllById(history.stream().map(ContactRow::id).toList())).hasSize(3).allSatisfy(event -> {
            assertThat(event.getPersonId()).isEqualTo(id);
            assertThat(event.getRecordedAt()).isNotNull();
        });
        assertThat(contacts.history(pupil, PageRequest.of(0, 2)).getContent()).hasSize(2);
        assertThat(contacts.history(pupil, PageRequest.of(1, 2)).getContent())
                .extracting(ContactRow::occurredOn).containsExactly(today().minusDays(40));
    }

    @Test
    void contactsOfOnePersonDoNotShowInAnotherPersonsHistory() {
        long first = newAdultPupil();
        long second = newAdultPupil();
        contacts.record(DataSubjectRef.pupil(first), ContactKind.EMAIL, today(), "pour le premier");

        assertThat(contacts.history(DataSubjectRef.pupil(second), PageRequest.of(0, 10)).getContent()).isEmpty();
        // the same id as a guardian is another person
        assertThat(contacts.history(DataSubjectRef.guardian(first), PageRequest.of(0, 10)).getContent())
                .noneMatch(event -> "pour le premier".equals(event.note()));
    }

    @Test
    void aContactWithAGuardianMovesTheGuardiansDate() {
        Guardian guardian = new Guardian();
        guardian.setFirstName("Gaston");
        guardian.setLastName("Responsable" + Long.toString(System.nanoTime(), 36));
        long id = guardians.save(guardian, List.of()).getId();

        contacts.record(DataSubjectRef.guardian(id), ContactKind.PHONE, today().minusDays(2), null);

        assertThat(guardians.forEdit(id).getLastContactDate()).isEqualTo(today().minusDays(2));
    }

    @Test
    void recordingAContactLeavesAnAuditLine() {
        long id = newAdultPupil();

        contacts.record(DataSubjectRef.pupil(id), ContactKind.PHONE, today(), null);

        assertThat(auditLog.latestAbout(DataSubjectRef.pupil(id), 10)).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo("CONTACT_RECORDED");
            assertThat(line.actor()).as("by account, not login").isEqualTo(be.classeur.kernel.Actors.currentRoles() + " #" + be.classeur.kernel.Actors.currentAccountId());
            assertThat(line.detail()).isEqualTo("PHONE");
        });
    }

    @Test
    void aRefusedContactLeavesNoAuditLine() {
        long id = newAdultPupil();

        assertThatThrownBy(() -> contacts.record(DataSubjectRef.pupil(id), ContactKind.PHONE, today().plusDays(2), null))
                .isInstanceOf(BusinessRuleException.class);

        assertThat(auditLog.latestAbout(DataSubjectRef.pupil(id), 10))
                .extracting(AuditLog.AuditLine::action).doesNotContain("CONTACT_RECORDED");
    }
}
