package be.classeur.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A refused login, posted to the real login endpoint through the application's security filter chain, leaves an audit
 * line that never holds what was typed as the username (often a password), only the account it names, if any, and
 * the client's address.
 */
@SpringBootTest
class LoginAuditingIT {
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void realFilterChain() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** An address no other test uses, to find this login's audit line. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private void failedLogin(String username, String password, String from) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        }))
                .andExpect(redirectedUrl("/login?error"));
    }

    private List<Map<String, Object>> auditLinesFrom(String address) {
        return jdbc.queryForList("select action, actor, subject_kind, subject_id, detail from audit_event where detail like ?",
                "% from " + address);
    }

    @Test
    void aTypedNameThatIsNoAccountIsNeverStoredOnlyTheFactAndTheAddress() throws Exception {
        String typedPassword = "MonMotDePasse-" + System.nanoTime();
        String from = address();

        failedLogin(typedPassword, "anything", from);

        assertThat(auditLinesFrom(from)).singleElement().satisfies(line -> {
            assertThat(line.get("action")).isEqualTo("LOGIN_FAILED");
            assertThat(line.get("detail")).isEqualTo("no such account: BadCredentialsException from " + from);
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or actor like ?", Long.class,
                "%" + typedPassword + "%", "%" + typedPassword + "%")).as("what was typed is nowhere in the audit log").isZero();
    }

    @Test
    void aWrongPasswordForAnExistingAccountIsRecordedAsThatAccount() throws Exception {
        UserAccount trainer = accounts.findByUsernameIgnoreCase("formateur").orElseThrow();
        String from = address();

        failedLogin(" FORMATEUR ", "not-the-password", from);

        assertThat(auditLinesFrom(from)).singleElement().satisfies(line -> {
            assertThat(line.get("action")).isEqualTo("LOGIN_FAILED");
            assertThat(line.get("detail")).isEqualTo("account #" + trainer.getId() + " [TRAINER]: BadCredentialsException from "
                    + from); // the account by number and roles, never the text as typed
        });
    }
}
