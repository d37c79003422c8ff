package be.classeur.audit;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.RequestLocations;
import be.classeur.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every refused access leaves exactly one ACCESS_DENIED audit line: the router's, and method security's. */
@SpringBootTest
@WithUserDetails("formateur")
class AccessDenialAuditIT extends SpringBrowserlessTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail trail;

    private long denials(String detail) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and detail = ?",
                Long.class, detail);
    }

    @Test
    void aTrainerOpeningTheRequestsPageIsRefusedByTheRouterAndAuditedOnce() {
        long before = denials("route " + RequestLocations.REQUESTS);
        UI.getCurrent().navigate(RequestLocations.REQUESTS, QueryParameters.of("search", "Dupont"));
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(denials("route " + RequestLocations.REQUESTS)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%Dupont%'", Long.class))
                .as("no query string").isZero();
        Long trainerAccount = jdbc.queryForObject("select id from user_account where username = 'formateur'", Long.class);
        assertThat(jdbc.queryForObject("select max(actor_account_id) from audit_event where action = 'ACCESS_DENIED'"
                + " and detail = ? and actor_roles = 'TRAINER'", Long.class, "route " + RequestLocations.REQUESTS))
                .isEqualTo(trainerAccount);
    }

    @Test
    void aMissingPageIsNotADenial() {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        UI.getCurrent().navigate("no-such-page");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aTrainerCallingAnOfficerOnlyServiceIsRefusedByMethodSecurityAndAuditedOnce() {
        long before = denials("method AuditTrail.actions");
        assertThatThrownBy(() -> as(users, "formateur", trail::actions)).isInstanceOf(AccessDeniedException.class);
        assertThat(denials("method AuditTrail.actions")).isEqualTo(before + 1);
    }

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @Test
    void anAnonymousRequestSentToTheLoginPageIsNotADenialToAudit() throws Exception {
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/" + RequestLocations.REQUESTS)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Long.class))
                .isEqualTo(before);
    }
}
