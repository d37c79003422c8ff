package be.classeur.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The seeded register of the processing the privacy policy describes, read by the privacy officer or an administrator. */
@SpringBootTest
class ProcessingRegisterIT {
    @Autowired
    ProcessingRegisterService register;

    @Test
    @WithUserDetails("dpo")
    void theRegisterHoldsThePolicysPurposesAndPhotosWithTheirBasisRecipientsSourceAndRetention() {
        List<ProcessingActivityRow> rows = register.activities();
        assertThat(rows).extracting(ProcessingActivityRow::code)
                .containsExactly("ORGANISING_COURSES", "ACTIVITY_NEWS", "WEB_ANALYTICS", "PHOTOS");
        ProcessingActivityRow courses = rows.get(0);
        assertThat(courses.legalBasis()).isEqualTo("CONTRACT_AND_LEGITIMATE_INTEREST");
        assertThat(courses.dataCategories()).containsExactly("IDENTIFICATION", "COURSES_AND_SCHOOLING", "TRAINER_DATA");
        assertThat(courses.recipients()).containsExactly("TRAINERS_AS_PROCESSORS", "AUTHORITIES_WHEN_REQUIRED");
        assertThat(courses.source()).isEqualTo("FROM_THE_PERSON");
        assertThat(courses.retentionMonths()).isEqualTo(60);
        assertThat(rows.get(1).legalBasis()).isEqualTo("CONSENT_OR_SOFT_OPT_IN");
        assertThat(rows.get(2).legalBasis()).isEqualTo("CONSENT");
        assertThat(rows.get(2).retentionMonths()).isEqualTo(24);
        assertThat(rows.get(3).legalBasis()).isEqualTo("CONSENT_WITHDRAWABLE");
        assertThat(rows.get(3).dataCategories()).containsExactly("PHOTOS");
    }

    @Test
    @WithUserDetails("dpo")
    void everyCodeOfTheRegisterReadsInFrenchEnglishAndDutch() {
        for (String language : List.of("fr", "en", "nl")) {
            ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.of(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ProcessingActivityRow row : register.activities()) {
                List<String> keys = new ArrayList<>(List.of(row.purposeKey(), row.legalBasisKey(), row.sourceKey(),
                        row.retentionKey()));
                keys.addAll(row.dataCategoryKeys());
                keys.addAll(row.recipientKeys());
                for (String key : keys) {
                    assertThat(texts.containsKey(key)).as(language + " " + key).isTrue();
                    assertThat(texts.getString(key)).as(language + " " + key).isNotBlank();
                }
            }
        }
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorMayReadIt() {
        assertThat(register.activities()).hasSize(4);
    }

    @Test
    @WithUserDetails("formateur")
    void aTrainerMayNot() {
        assertThatThrownBy(register::activities).isInstanceOf(AccessDeniedException.class);
    }
}
