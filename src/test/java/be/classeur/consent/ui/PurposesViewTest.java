package be.classeur.consent.ui;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.PurposeDraft;
import be.classeur.consent.PurposeLocations;
import be.classeur.consent.PurposeRow;
import be.classeur.consent.PurposeService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The purposes page, driven like the privacy officer and an administrator would, on the real database. */
@SpringBootTest
@WithUserDetails("dpo")
class PurposesViewTest extends SpringBrowserlessTest {
    @Autowired
    PurposeService purposes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void backToTheSeed() {
        jdbc.update("update processing_activity set description_fr = null, description_en = null, description_nl = null,"
                + " soft_opt_in = false where code in ('PHOTOS', 'ACTIVITY_NEWS')");
    }

    private int indexOf(PurposesView view, String code) {
        List<PurposeRow> rows = view.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in the grid");
    }

    private PurposeRow row(String code) {
        return purposes.purposes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theGridShowsEachPurposeAndTheWebsitesAnalyticsAsRegisterOnly() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        PurposesView view = navigate(PurposesView.class);

        assertThat(test(view.grid).size()).isEqualTo(4);
        int analytics = indexOf(view, "WEB_ANALYTICS");
        assertThat(view.grid.getColumnByKey("recording")).isNotNull();
        int recording = view.grid.getColumns().indexOf(view.grid.getColumnByKey("recording"));
        assertThat(test(view.grid).getCellText(analytics, recording)).isEqualTo("Register only, no per-person record");
        assertThat(test(view.grid).getCellText(indexOf(view, "PHOTOS"), recording)).isEqualTo("Recorded per person");
        assertThat(view.grid.getColumnByKey("actions")).as("the officer edits").isNotNull();
    }

    @Test
    void theOfficerEditsTheDutchWordingThenAStaleFormIsRefusedWithoutOverwriting() {
        PurposesView view = navigate(PurposesView.class);
        PurposesView.PurposeDialog form = view.openForm(view.rows().get(indexOf(view, "PHOTOS")));
        roundTrip();
        assertThat(form.softOptIn.isVisible()).as("soft opt-in: news only").isFalse();
        test(form.descriptionNl).setValue("Foto's tijdens onze vakantiestages");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(row("PHOTOS").descriptionNl()).isEqualTo("Foto's tijdens onze vakantiestages");
        UI.getCurrent().setLocale(Locale.of("nl"));
        view.refresh();
        int purpose = view.grid.getColumns().indexOf(view.grid.getColumnByKey("purpose"));
        assertThat(test(view.grid).getCellText(indexOf(view, "PHOTOS"), purpose)).isEqualTo("Foto's tijdens onze vakantiestages");

        // A form opened on the old version, while someone else saved: refused, nothing overwritten.
        PurposeRow stale = view.rows().get(indexOf(view, "PHOTOS"));
        PurposesView.PurposeDialog staleForm = view.openForm(stale);
        roundTrip();
        PurposeDraft meanwhile = PurposeDraft.of(stale);
        meanwhile.setDescriptionFr("Enregistré entre-temps");
        purposes.update("PHOTOS", stale.version(), meanwhile);
        test(staleForm.descriptionNl).setValue("Mijn versie");
        test(staleForm.save).click();

        assertThat(staleForm.isOpened()).as("stays open: nothing saved").isTrue();
        assertThat(row("PHOTOS").descriptionNl()).isEqualTo("Foto's tijdens onze vakantiestages");
        assertThat(row("PHOTOS").descriptionFr()).isEqualTo("Enregistré entre-temps");
    }

    @Test
    void aTooLongTextIsRefusedOnTheForm() {
        PurposesView view = navigate(PurposesView.class);
        PurposesView.PurposeDialog form = view.openForm(view.rows().get(indexOf(view, "ACTIVITY_NEWS")));
        roundTrip();
        assertThat(form.softOptIn.isVisible()).isTrue();
        form.descriptionFr.setMaxLength(5000); // what a crafted request could send past the browser's limit
        test(form.descriptionFr).setValue("x".repeat(PurposeDraft.DESCRIPTION_MAX + 1));
        test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.descriptionFr.isInvalid()).isTrue();
        assertThat(row("ACTIVITY_NEWS").descriptionFr()).isNull();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsWithoutAnEditButton() {
        PurposesView view = navigate(PurposesView.class);

        assertThat(view.canEdit).isFalse();
        assertThat(find(SideNavItem.class).all()).as("a menu entry")
                .anySatisfy(item -> assertThat(item.getPath().replaceAll("^/+|/+$", "")).isEqualTo(PurposeLocations.PURPOSES));
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(test(view.grid).size()).isEqualTo(4);
    }
}
