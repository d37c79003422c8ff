package be.classeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.PurposeDraft;
import be.classeur.consent.PurposeRow;
import be.classeur.consent.PurposeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The access reply words each purpose as the privacy officer wrote it in the reader's language, else as the policy. */
@SpringBootTest
@WithUserDetails("dpo")
class PurposeWordingInReplyIT {
    @Autowired
    PurposeService purposes;
    @Autowired
    AccessReplyInformation reply;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheSeed() {
        jdbc.update("update processing_activity set description_fr = null, description_en = null, description_nl = null"
                + " where code = 'ACTIVITY_NEWS'");
    }

    @Test
    void theOfficersDutchWordingIsInTheDutchReplyAndThePolicysElsewhere() {
        String standardNl = AccessReplyInformation.bundle("nl").getString("privacy.processing.purpose.ACTIVITY_NEWS");
        String standardFr = AccessReplyInformation.bundle("fr").getString("privacy.processing.purpose.ACTIVITY_NEWS");
        assertThat(reply.text("nl")).contains(standardNl);

        PurposeRow news = purposes.purposes().stream().filter(r -> r.code().equals("ACTIVITY_NEWS")).findFirst().orElseThrow();
        PurposeDraft draft = PurposeDraft.of(news);
        draft.setDescriptionNl("ouders en leerlingen per e-mail op de hoogte brengen van onze vakantiestages");
        purposes.update("ACTIVITY_NEWS", news.version(), draft);

        assertThat(reply.text("nl")).contains("ouders en leerlingen per e-mail op de hoogte brengen van onze vakantiestages")
                .doesNotContain(standardNl);
        assertThat(reply.text("fr")).as("no French wording of the officer's: the policy's").contains(standardFr)
                .doesNotContain("vakantiestages");
    }
}
