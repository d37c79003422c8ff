package be.classeur.consent.ui;

import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.people.GuardianService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.ui.GuardianDetailView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A guardian typed in with an erased person's e-mail gets the warning on their page; another does not. */
@SpringBootTest
@WithUserDetails("admin")
class SuppressionNoticeTest extends SpringBrowserlessTest {
    @Autowired
    GuardianService guardians;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${classeur.suppression.key}")
    String key;

    private long guardian(String email) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(unique("Avis"));
        guardian.setLastName(unique("Page"));
        guardian.setEmail(email);
        return guardians.save(guardian, List.of()).getId();
    }

    private List<Div> notices() {
        return $(Div.class).all().stream().filter(d -> d.hasClassName(SuppressionNotice.CLASS_NAME)).toList();
    }

    @Test
    void theWarningIsOnThePageOfARecognisedPersonOnly() throws Exception {
        String erased = unique("efface.") + "@exemple.be";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        String hash = HexFormat.of().formatHex(mac.doFinal(erased.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into consent_suppression (hash, kind, added_on) values (?, 'EMAIL', ?)", hash, LocalDate.of(2026, 1, 5));
        long recognised = guardian(erased.toUpperCase(Locale.ROOT));
        long other = guardian(unique("autre.") + "@exemple.be");

        navigate(GuardianDetailView.class, recognised);
        assertThat(notices()).singleElement().satisfies(d -> assertThat(d.getElement().getTextRecursively())
                .contains("effacées à sa demande").contains("Reconnu par l’adresse e-mail"));

        navigate(GuardianDetailView.class, other);
        assertThat(notices()).isEmpty();
    }
}
