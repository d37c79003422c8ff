package be.classeur.demo;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.ContactService;
import be.classeur.people.PupilService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.DataSource;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilStage;
import be.classeur.retention.LegalHoldService;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention engine's demo: former adult pupils (no family, so the family rule keeps nobody) whose last contact
 * makes them past their limit or nearing it, relative to the clock, and a legal hold on one of the past ones. Their
 * dates are computed as their contacts are recorded (retention listens to people's writes).
 */
final class DemoRetention {
    private static final Logger log = LoggerFactory.getLogger(DemoRetention.class);
    static final String HOLD_REASON = "Litige en cours sur une facture";

    private final PupilService pupils;
    private final ContactService contacts;
    private final LegalHoldService holds;
    private final LocalDate today;

    DemoRetention(PupilService pupils, ContactService contacts, LegalHoldService holds, LocalDate today) {
        this.pupils = pupils;
        this.contacts = contacts;
        this.holds = holds;
        this.today = today;
    }

    void load() {
        LocalDate fiveYearsAgo = today.minusYears(5);
        // Past their limit: the last contact more than five years ago.
        formerPupil("Marc", "Delvaux", fiveYearsAgo.minusDays(45));
        long held = formerPupil("Isabelle", "Lambotte", fiveYearsAgo.minusDays(20));
        // Nearing it: the limit falls within the default 90-day window.
        formerPupil("Julien", "Pirard", fiveYearsAgo.plusDays(12));
        formerPupil("Sophie", "Masson", fiveYearsAgo.plusDays(60));
        holds.place(DataSubjectRef.pupil(held), HOLD_REASON, null);
        log.info("Demo data: 2 former pupils past their retention limit (one under a legal hold), 2 nearing it");
    }

    private long formerPupil(String first, String last, LocalDate lastContact) {
        Pupil pupil = new Pupil();
        pupil.setFirstName(first);
        pupil.setLastName(last);
        pupil.setSchoolYear(SchoolYear.ADULT);
        pupil.setBirthDate(today.minusYears(30).minusDays(last.length() * 17L));
        pupil.setPostalCode("1300");
        pupil.setCity("Wavre");
        pupil.setStage(PupilStage.FORMER);
        pupil.setDataSource(DataSource.CONTACT_FORM);
        long id = pupils.save(pupil, List.of()).getId();
        contacts.record(DataSubjectRef.pupil(id), ContactKind.MEETING, lastContact, null);
        return id;
    }
}
