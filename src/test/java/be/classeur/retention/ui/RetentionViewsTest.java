package be.classeur.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.LegalHolds;
import be.classeur.people.ContactService;
import be.classeur.people.PupilService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Pupil;
import be.classeur.people.ui.PupilDetailView;
import be.classeur.retention.LegalHoldService;
import be.classeur.retention.RetentionRuleRow;
import be.classeur.retention.RetentionRules;
import be.classeur.retention.domain.RetentionCategory;
import be.classeur.support.TestSupport;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The "Conservation" section of a person's page and the rules page, driven as the officer and an administrator would. */
@SpringBootTest
class RetentionViewsTest extends SpringBrowserlessTest {
    @Autowired
    PupilService pupils;
    @Autowired
    ContactService contacts;
    @Autowired
    LegalHoldService holds;
    @Autowired
    RetentionRules rules;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private long formerPupil() {
        return TestSupport.as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName("Rita");
            pupil.setLastName(TestSupport.unique("Conservée"));
            pupil.setBirthDate(LocalDate.now(clock).minusYears(30));
            long id = pupils.save(pupil, List.of()).getId();
            contacts.record(DataSubjectRef.pupil(id), ContactKind.EMAIL, LocalDate.of(2021, 2, 3), null);
            return id;
        });
    }

    @Test
    @WithUserDetails("dpo")
    void theOfficerSeesTheDatesPlacesAHoldWithAReasonAndLiftsItAfterConfirming() {
        long id = formerPupil();
        navigate(PupilDetailView.class, id);
        RetentionSection.Content section = $(RetentionSection.Content.class).single();
        assertThat(section.getElement().getTextRecursively()).contains("Conservation", "03/02/2021", "03/02/2026",
                "60 mois après le dernier contact", "Aucun gel juridique.");

        test(section.place).click();
        RetentionSection.PlaceHoldDialog dialog = $(RetentionSection.PlaceHoldDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(dialog.isOpened()).isTrue();

        roundTrip();
        test(dialog.reason).setValue("Litige en cours sur une facture");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(holds.activeOn(DataSubjectRef.pupil(id))).contains(new LegalHolds.Hold("Litige en cours sur une facture", null));
        section = $(RetentionSection.Content.class).single();
        assertThat(section.getElement().getTextRecursively()).contains("Litige en cours sur une facture", "en vigueur");

        Button lift = $(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("retention-lift-hold-"))
                .findFirst().orElseThrow();
        test(lift).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(holds.activeOn(DataSubjectRef.pupil(id))).as("nothing before the answer").isPresent();
        test(confirm).confirm();

        assertThat(holds.activeOn(DataSubjectRef.pupil(id))).isEmpty();
        assertThat($(RetentionSection.Content.class).single().getElement().getTextRecursively()).contains("levé le");
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorSeesTheDatesReadOnly() {
        long id = formerPupil();
        navigate(PupilDetailView.class, id);
        RetentionSection.Content section = $(RetentionSection.Content.class).single();
        assertThat(section.getElement().getTextRecursively()).contains("03/02/2026");
        assertThat(section.place.getParent()).as("no hold button for an administrator").isEmpty();

        RetentionRulesView view = navigate(RetentionRulesView.class);
        assertThat(view.grid.getColumnByKey("actions")).as("administrators read the rules").isNull();
    }

    @Test
    @WithUserDetails("dpo")
    void theOfficerChangesARulePeriodAndAnOutOfRangeValueIsRefused() {
        RetentionRulesView view = navigate(RetentionRulesView.class);
        RetentionRuleRow guardian = rules.rule(RetentionCategory.GUARDIAN);
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(6);

        RetentionRulesView.RuleDialog dialog = view.new RuleDialog(guardian);
        dialog.open();
        roundTrip(); // the dialog attaches once the browser has answered
        dialog.months.setValue(241); // typed past the maximum (the tester refuses it, the browser does not)
        test(dialog.save).click();
        assertThat(dialog.months.isInvalid()).isTrue();
        assertThat(rules.rule(RetentionCategory.GUARDIAN).periodMonths()).isEqualTo(60);

        roundTrip();
        test(dialog.months).setValue(61);
        test(dialog.save).click();
        try {
            assertThat(dialog.isOpened()).isFalse();
            assertThat(rules.rule(RetentionCategory.GUARDIAN).periodMonths()).isEqualTo(61);
        } finally {
            RetentionRuleRow changed = rules.rule(RetentionCategory.GUARDIAN);
            rules.change(RetentionCategory.GUARDIAN, 60, changed.version());
        }
    }
}
