package be.classeur.consent;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The privacy officer edits the purposes; administrators read them; every edit is checked and audited. */
@SpringBootTest
@WithUserDetails("dpo")
class PurposeServiceIT {
    @Autowired
    PurposeService purposes;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private PurposeRow row(String code) {
        return purposes.purposes().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** Other tests share the database: each purpose goes back to its seeded state. */
    @AfterEach
    void backToTheSeed() {
        jdbc.update("update processing_activity set description_fr = null, description_en = null, description_nl = null,"
                + " soft_opt_in = false where code in ('PHOTOS', 'ACTIVITY_NEWS', 'WEB_ANALYTICS')");
        jdbc.update("update processing_activity set legal_basis = 'CONSENT_WITHDRAWABLE', consent_required = true where code = 'PHOTOS'");
        jdbc.update("update processing_activity set legal_basis = 'CONSENT_OR_SOFT_OPT_IN', consent_required = true where code = 'ACTIVITY_NEWS'");
    }

    @Test
    void theOfficerChangesTheWordingTheBasisAndWhetherConsentIsNeededAndTheChangeIsAudited() {
        PurposeRow before = row("PHOTOS");
        PurposeDraft draft = PurposeDraft.of(before);
        draft.setDescriptionFr("  Photos des stages, pour notre site  ");
        draft.setDescriptionEn("Photos of the holiday courses, for our website");
        draft.setDescriptionNl("");
        draft.setLegalBasis("CONSENT");
        draft.setConsentRequired(true);
        long audited = jdbc.queryForObject("select count(*) from audit_event where action = 'PURPOSE_UPDATED'", Long.class);

        PurposeRow after = purposes.update("PHOTOS", before.version(), draft);

        assertThat(after.descriptionFr()).isEqualTo("Photos des stages, pour notre site");
        assertThat(after.descriptionEn()).isEqualTo("Photos of the holiday courses, for our website");
        assertThat(after.descriptionNl()).as("blank: the translation files' wording").isNull();
        assertThat(after.legalBasis()).isEqualTo("CONSENT");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(row("PHOTOS")).isEqualTo(after);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PURPOSE_UPDATED'", Long.class))
                .isEqualTo(audited + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where id = (select max(id) from audit_event"
                + " where action = 'PURPOSE_UPDATED')", String.class)).contains("PHOTOS").contains("legal_basis CONSENT_WITHDRAWABLE -> CONSENT");
    }

    @Test
    void anEditOnAStaleCopyIsRefusedAndOverwritesNothing() {
        PurposeRow read = row("PHOTOS");
        PurposeDraft mine = PurposeDraft.of(read);
        mine.setDescriptionFr("La version d’Anne");
        PurposeDraft theirs = PurposeDraft.of(read);
        theirs.setDescriptionFr("La version de Bruno");
        purposes.update("PHOTOS", read.version(), mine);

        assertThatThrownBy(() -> purposes.update("PHOTOS", read.version(), theirs))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(row("PHOTOS").descriptionFr()).isEqualTo("La version d’Anne");
    }

    @Test
    void theSoftOptInIsForNewsByEmailOnly() {
        PurposeDraft photos = PurposeDraft.of(row("PHOTOS"));
        photos.setSoftOptIn(true);
        assertThatThrownBy(() -> purposes.update("PHOTOS", row("PHOTOS").version(), photos))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("consent.purposes.error.softOptIn");
        assertThat(row("PHOTOS").softOptIn()).isFalse();

        PurposeDraft news = PurposeDraft.of(row("ACTIVITY_NEWS"));
        news.setSoftOptIn(true);
        assertThat(purposes.update("ACTIVITY_NEWS", row("ACTIVITY_NEWS").version(), news).softOptIn()).isTrue();
    }

    @Test
    void anUnknownLegalBasisOrATooLongTextIsRefused() {
        PurposeDraft unknown = PurposeDraft.of(row("PHOTOS"));
        unknown.setLegalBasis("BECAUSE_WE_CAN");
        assertThatThrownBy(() -> purposes.update("PHOTOS", row("PHOTOS").version(), unknown))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("consent.purposes.error.legalBasis");

        PurposeDraft tooLong = PurposeDraft.of(row("PHOTOS"));
        tooLong.setDescriptionNl("x".repeat(PurposeDraft.DESCRIPTION_MAX + 1));
        assertThatThrownBy(() -> purposes.update("PHOTOS", row("PHOTOS").version(), tooLong))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(row("PHOTOS").descriptionNl()).isNull();
        assertThat(purposes.legalBases()).contains("CONSENT", "CONSENT_WITHDRAWABLE", "CONSENT_OR_SOFT_OPT_IN",
                "LEGITIMATE_INTEREST", "CONTRACT_AND_LEGITIMATE_INTEREST");
    }

    @Test
    void anAdministratorReadsButMayNotEditAndATrainerMayDoNeither() {
        PurposeRow read = row("PHOTOS");
        PurposeDraft draft = PurposeDraft.of(read);
        draft.setDescriptionFr("Par l’administration");

        assertThat(as(users, "admin", purposes::purposes)).extracting(PurposeRow::code).contains("PHOTOS", "WEB_ANALYTICS");
        assertThatThrownBy(() -> as(users, "admin", () -> purposes.update("PHOTOS", read.version(), draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> purposes.update("PHOTOS", read.version(), draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", purposes::purposes)).isInstanceOf(AccessDeniedException.class);
        assertThat(row("PHOTOS").descriptionFr()).isNull();
    }

    @Test
    void theWebsitesAnalyticsStayInTheRegisterWithoutPerPersonRecords() {
        assertThat(row("WEB_ANALYTICS").recordedPerPerson()).isFalse();
        assertThat(row("ACTIVITY_NEWS").recordedPerPerson()).isTrue();
        assertThat(row("PHOTOS").recordedPerPerson()).isTrue();
    }
}
