package be.classeur.demo;

import be.classeur.consent.ConsentChoice;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentStatus;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The demo's consent ledger: photos and news choices of each status, children under 13 whose parent chose, teenagers
 * whose own and whose parent's choices are both recorded (some disagreeing), a few withdrawals, and trainers' photo
 * consents. Its own seeded random, so that the rest of the demo stays as it was.
 */
final class DemoConsents {
    private static final ConsentChannel[] CHANNELS = {ConsentChannel.PAPER_FORM, ConsentChannel.EMAIL,
            ConsentChannel.IN_PERSON, ConsentChannel.WEB};

    private final ConsentLedger ledger;
    private final PupilService pupils;
    private final LocalDate today;
    private final Random random = new Random(20261211L);

    DemoConsents(ConsentLedger ledger, PupilService pupils, LocalDate today) {
        this.ledger = ledger;
        this.pupils = pupils;
        this.today = today;
    }

    void load(List<Long> pupilIds, List<Long> trainerIds) {
        int n = 0;
        for (long pupilId : pupilIds) {
            if (n++ >= 90) {
                break;
            }
            List<LinkRow> links = pupils.guardiansOf(pupilId);
            LinkRow parent = links.stream().filter(LinkRow::mayRepresent).findFirst().orElse(null);
            LocalDate birth = links.isEmpty() ? null : links.getFirst().pupilBirthDate();
            LocalDate when = today.minusDays(20 + random.nextInt(300));
            DataSubjectRef pupil = DataSubjectRef.pupil(pupilId);
            if (birth == null || parent == null) {
                continue;
            }
            int age = Period.between(birth, when).getYears();
            ConsentStatus photos = random.nextInt(10) < 7 ? ConsentStatus.GRANTED : ConsentStatus.REFUSED;
            if (age < ConsentLedger.OWN_CHOICE_AGE) {
                record(pupil, "PHOTOS", photos, when, parent.guardianId(), "Fiche d’inscription signée par le parent");
            } else if (age < ConsentLedger.ADULT_AGE) {
                record(pupil, "PHOTOS", photos, when, null, "Fiche d’inscription signée par l’élève");
                ConsentStatus parents = random.nextInt(10) < 8 ? photos : (photos == ConsentStatus.GRANTED
                        ? ConsentStatus.REFUSED : ConsentStatus.GRANTED);
                record(pupil, "PHOTOS", parents, when, parent.guardianId(), "Fiche d’inscription signée par le parent");
            }
            DataSubjectRef guardian = DataSubjectRef.guardian(parent.guardianId());
            if (n % 3 == 0) {
                record(guardian, "ACTIVITY_NEWS", random.nextInt(4) == 0 ? ConsentStatus.REFUSED : ConsentStatus.GRANTED,
                        when, null, null);
            }
            // A few change their mind later: the history keeps both choices.
            if (n % 11 == 0 && photos == ConsentStatus.GRANTED) {
                ledger.withdraw(pupil, "PHOTOS", ConsentChannel.EMAIL, null, null, "Le parent a écrit pour retirer son accord");
            }
            if (n % 13 == 0) {
                ledger.withdraw(guardian, "ACTIVITY_NEWS", ConsentChannel.IN_PERSON, null, null, "Ne souhaite plus de nouvelles");
            }
        }
        for (int i = 0; i < trainerIds.size(); i += 2) {
            record(DataSubjectRef.trainer(trainerIds.get(i)), "PHOTOS", i % 6 == 4 ? ConsentStatus.REFUSED : ConsentStatus.GRANTED,
                    today.minusDays(30 + random.nextInt(200)), null, "Convention de collaboration");
        }
    }

    private void record(DataSubjectRef person, String purpose, ConsentStatus status, LocalDate when, @Nullable Long guardian,
                        @Nullable String note) {
        try {
            ledger.record(new ConsentChoice(person, purpose, status, when, CHANNELS[random.nextInt(CHANNELS.length)], null,
                    "2026-09", note, guardian));
        } catch (BusinessRuleException skipped) {
            // A demo person the rules refuse (restricted, no birth date): left without a choice, as in real life.
        }
    }
}
