package be.classeur.people.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.CatalogueService;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.support.Classrooms;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The pupil's page as the administrator sees it: a restricted record says why and offers no edit action; the link
 * editor sets the order in which guardians are contacted with buttons that move them.
 */
@SpringBootTest
@WithUserDetails("admin")
class RestrictedRecordViewTest extends SpringBrowserlessTest {
    @Autowired
    UserDetailsService users;
    @Autowired
    PupilService pupils;
    @Autowired
    TrainerService trainers;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    AccountService accounts;
    @Autowired
    List<PersonalDataHandler> handlers;
    @Autowired
    Clock clock;

    private Classrooms classrooms() {
        return new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
    }

    @Test
    void aRestrictedPupilsPageSaysWhyAndOffersNoEdit() {
        Classrooms classrooms = classrooms();
        long restricted = classrooms.pupil("Paul", Classrooms.guardian("Quentin", "0470 88 88 80"));
        long free = classrooms.pupil("Rose", Classrooms.guardian("Sami", "0470 88 88 81"));
        as(users, "dpo", () -> {
            handlers.forEach(h -> h.restrict(DataSubjectRef.pupil(restricted), true));
            return null;
        });

        PupilDetailView view = navigate(PupilDetailView.class, restricted);

        Div banner = find(Div.class).withClassName("restricted-banner").single();
        assertThat(banner.getElement().getTextRecursively())
                .contains(view.getTranslation("people.restricted.banner"))
                .contains("ne peut être ni modifié, ni inscrit à un groupe, ni exporté");
        assertThat(view.edit.isVisible()).isFalse();

        PupilDetailView other = navigate(PupilDetailView.class, free);
        assertThat(find(Div.class).withClassName("restricted-banner").all()).isEmpty();
        assertThat(other.edit.isVisible()).isTrue();
    }

    @Test
    void theAdministratorMovesAGuardianUpTheContactOrder() {
        Classrooms classrooms = classrooms();
        long pupil = classrooms.pupil("Tara", Classrooms.guardian("Ulysse", "0470 99 99 90"),
                Classrooms.guardian("Vera", "0470 99 99 91"));
        List<Long> before = classrooms.links(pupil).stream().map(LinkRow::guardianId).toList();

        PupilDetailView view = navigate(PupilDetailView.class, pupil);
        test(view.edit).click();
        PupilForm form = find(PupilForm.class).single();
        HorizontalLayout second = (HorizontalLayout) test(form.guardianGrid).getCellComponent(1, "contactOrder");
        Button up = (Button) second.getComponentAt(1);
        assertThat(up.getAriaLabel()).hasValueSatisfying(label -> assertThat(label).startsWith("Monter Vera"));
        HorizontalLayout first = (HorizontalLayout) test(form.guardianGrid).getCellComponent(0, "contactOrder");
        assertThat(((Button) first.getComponentAt(1)).isEnabled()).as("the first cannot go higher").isFalse();

        test(up).click();
        test(form.save).click();

        assertThat(classrooms.links(pupil)).extracting(LinkRow::guardianId).containsExactly(before.get(1), before.get(0));
    }
}
