package be.classeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's consent ledger: choices of each status, parents choosing for children, teenagers and parents both, withdrawals. */
@SpringBootTest
class DemoConsentsIT {
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoLedgerHasEachStatusMinorsWithTheirParentsChoicesAndWithdrawals() {
        List<String> statuses = jdbc.queryForList("select distinct status from consent_record where recorded_by = 'demo-loader'",
                String.class);
        assertThat(statuses).containsExactlyInAnyOrder("GRANTED", "REFUSED", "WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from consent_record where recorded_by = 'demo-loader'"
                + " and person_kind = 'PUPIL' and given_by = 'GUARDIAN' and guardian_relationship is not null", Integer.class))
                .as("parents choosing for their children").isPositive();
        assertThat(jdbc.queryForObject("select count(distinct s.person_id) from consent_record s join consent_record g"
                + " on g.person_kind = s.person_kind and g.person_id = s.person_id and g.purpose = s.purpose"
                + " where s.recorded_by = 'demo-loader' and s.person_kind = 'PUPIL' and s.given_by = 'SELF'"
                + " and g.given_by = 'GUARDIAN'", Integer.class)).as("teenagers whose own and parent's choices are both recorded")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from consent_record where recorded_by = 'demo-loader'"
                + " and person_kind = 'TRAINER'", Integer.class)).isPositive();
    }
}
