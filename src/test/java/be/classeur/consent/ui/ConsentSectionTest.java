package be.classeur.consent.ui;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.domain.ConsentStatus;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.ui.PupilDetailView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The consents on a pupil's page and the consents page, driven as an administrator and the privacy officer would. */
@SpringBootTest
@WithUserDetails("admin")
class ConsentSectionTest extends SpringBrowserlessTest {
    @Autowired
    PupilService pupils;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** A pupil of 10 and their mother; returns {pupil id, guardian id}. */
    private long[] child(String lastName) {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Lina");
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(10));
        Guardian guardian = new Guardian();
        guardian.setFirstName("Sarah");
        guardian.setLastName(lastName);
        Pupil saved = pupils.save(pupil, List.of(GuardianLinkDraft.newGuardian(guardian, Relationship.MOTHER)));
        return new long[] {saved.getId(), pupils.guardiansOf(saved.getId()).getFirst().guardianId()};
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    @Test
    void theMotherGivesForAChildUnderThirteenThenTheConsentIsWithdrawnInOneConfirmedClick() {
        long[] ids = child(unique("Section"));
        navigate(PupilDetailView.class, ids[0]);
        ConsentSection section = find(ConsentSection.class).single();
        assertThat(section.getElement().getTextRecursively()).contains("Aucun choix enregistré");

        test(section.recordChoice).click();
        RecordChoiceDialog dialog = find(RecordChoiceDialog.class).single();
        dialog.purpose.setValue("PHOTOS");
        dialog.status.setValue(ConsentStatus.GRANTED);
        dialog.channel.setValue(be.classeur.consent.domain.ConsentChannel.PAPER_FORM);
        assertThat(dialog.policyVersion.getValue()).as("the current policy version is proposed").isEqualTo("2026-09");
        dialog.policyVersion.setValue(" ");
        test(dialog.save).click();
        assertThat(dialog.policyVersion.isInvalid()).isTrue();
        assertThat(dialog.policyVersion.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        roundTrip(); // the refusal reaches the browser; the next click is a new one (ui.components.OneClick)

        dialog.policyVersion.setValue("2026-09");
        test(dialog.save).click();
        assertThat(notifications()).anyMatch(n -> n.contains("avait moins de 13 ans"));
        assertThat(dialog.isOpened()).as("the pupil may not choose under 13").isTrue();
        roundTrip();

        dialog.giver.setValue(dialog.giver.getListDataView().getItems().filter(g -> g.guardianId() != null).findFirst().orElseThrow());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(section.getElement().getTextRecursively()).contains("En vigueur").contains("Sarah");
        assertThat(test(section.history).size()).isEqualTo(1);

        assertThat(section.withdraw).hasSize(1);
        test(section.withdraw.getFirst()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where person_kind = 'PUPIL' and person_id = ?",
                Integer.class, ids[0])).as("nothing before confirming").isEqualTo(1);
        test(confirm).confirm();

        assertThat(jdbc.queryForObject("select guardian_id from consent_record where person_kind = 'PUPIL' and person_id = ?"
                + " and status = 'WITHDRAWN'", Long.class, ids[0])).as("withdrawn by the mother who gave it").isEqualTo(ids[1]);
        assertThat(section.withdraw).isEmpty();
        assertThat(section.getElement().getTextRecursively()).contains("Pas en vigueur");
        assertThat(test(section.history).size()).isEqualTo(2);
    }

    @Test
    void theConsentsPageCountsPerPurposeAndListsThePeople() {
        String lastName = unique("Page");
        long[] ids = child(lastName);
        jdbc.update("insert into consent_record (person_kind, person_id, purpose, status, given_on, recorded_at, channel,"
                + " policy_version, recorded_by, given_by, guardian_id, guardian_relationship) values ('PUPIL', ?, 'PHOTOS',"
                + " 'REFUSED', ?, ?, 'EMAIL', '2026-09', 'admin', 'GUARDIAN', ?, 'MOTHER')", ids[0], LocalDate.now(clock),
                java.sql.Timestamp.from(clock.instant()), ids[1]);
        as(users, "dpo", () -> {
            ConsentsView view = navigate(ConsentsView.class);
            assertThat(test(view.counts).size()).as("ACTIVITY_NEWS and PHOTOS").isEqualTo(2);
            view.purpose.setValue("PHOTOS");
            view.status.setValue(ConsentStatus.REFUSED);
            List<String> names = java.util.stream.IntStream.range(0, test(view.people).size())
                    .mapToObj(i -> test(view.people).getRow(i).name()).toList();
            assertThat(names).contains("Lina " + lastName);
            return null;
        });
    }
}
