package be.classeur.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.kernel.SystemJob;
import be.classeur.privacy.IdentityCopyExpiryJob;
import be.classeur.privacy.IdentityProofService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The officer sees on the queue which requests' identity copies the daily job deleted for their age. */
@SpringBootTest
@WithUserDetails("dpo")
class IdentityCopiesExpiredBannerTest extends SpringBrowserlessTest {
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    IdentityProofService proofs;
    @Autowired
    IdentityCopyExpiryJob job;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theQueueNamesTheRequestsWhoseCopiesTheAgeLimitDeleted() {
        long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), null, "Ancienne " + System.nanoTime(), null, null,
                RequestChannel.EMAIL, LocalDate.now(clock).minusDays(40), null));
        proofs.recordDoubt(id, "Adresse inconnue");
        long proof = proofs.upload(id, "copie.pdf", "%PDF copie".getBytes(StandardCharsets.UTF_8));
        jdbc.update("update privacy_identity_proof set uploaded_at = ? where id = ?",
                Timestamp.valueOf(LocalDateTime.now(clock).minusDays(35)), proof);

        assertThat(SystemJob.run(IdentityCopyExpiryJob.NAME, job::deleteExpired)).contains(id);
        assertThat(proofs.requestsWithCopiesExpiredRecently()).contains(id);
        navigate(RequestDetailView.class, id); // the queue is the officer's start page: leave it to build it anew
        navigate(RequestsView.class);

        IdentityCopiesExpiredBanner banner = find(IdentityCopiesExpiredBanner.class).single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively()).contains("supprimées automatiquement après 30 jours");
        assertThat(find(RouterLink.class).from(banner).all()).extracting(RouterLink::getText).contains("n° " + id);
    }
}
