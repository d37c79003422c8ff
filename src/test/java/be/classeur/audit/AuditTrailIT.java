package be.classeur.audit;

import static be.classeur.support.TestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.kernel.audit.SecurityEvent;
import be.classeur.people.PersonDirectory;
import be.classeur.people.PersonSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The audit log's reading query, filter by filter, against the real database; its CSV export; and the access export's
 * audit part. Each test writes lines with an action of its own, so that the lines of other tests never count.
 */
@SpringBootTest
@WithUserDetails("dpo")
class AuditTrailIT {
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditPersonalData personalData;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PersonDirectory directory;

    private String action;
    private final DataSubjectRef pupil = DataSubjectRef.pupil(ThreadLocalRandom.current().nextLong(900_000, 999_999));
    private final DataSubjectRef guardian = DataSubjectRef.guardian(ThreadLocalRandom.current().nextLong(900_000, 999_999));

    @BeforeEach
    void threeLines() {
        action = "T_" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        as(users, "admin", () -> publish(new PersonalDataChanged(pupil, action, "by the administrator", 4242L)));
        as(users, "dpo", () -> publish(new PersonalDataChanged(guardian, action, "=HYPERLINK(\"http://x\")")));
        // A job: nobody signed in.
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            publish(SecurityEvent.of(action, "nightly job"));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Object publish(Object event) {
        events.publishEvent(event);
        return event;
    }

    private List<AuditRow> search(AuditFilter filter) {
        return trail.search(filter.withActions(Set.of(action)), PageRequest.of(0, 50)).getContent();
    }

    private long accountId(String login) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, login);
    }

    @Test
    void eachFilterKeepsItsLinesNewestFirst() {
        List<AuditRow> all = search(AuditFilter.all());
        assertThat(all).hasSize(3);
        assertThat(all).extracting(AuditRow::detail).containsExactly("nightly job", "=HYPERLINK(\"http://x\")",
                "by the administrator");
        AuditRow admin = all.get(2);
        assertThat(admin.accountId()).isEqualTo(accountId("admin"));
        assertThat(admin.actor()).as("the display name, not the login").isNotBlank().isNotEqualTo("admin");
        assertThat(admin.roles()).isEqualTo("ADMIN");
        assertThat(admin.subject()).isEqualTo(pupil);
        assertThat(admin.requestId()).isEqualTo(4242L);

        assertThat(search(AuditFilter.all().withAccount(accountId("admin"), false))).extracting(AuditRow::detail)
                .containsExactly("by the administrator");
        assertThat(search(AuditFilter.all().withAccount(null, true))).extracting(AuditRow::detail)
                .containsExactly("nightly job");
        assertThat(search(AuditFilter.all().withRole("PRIVACY_OFFICER"))).extracting(AuditRow::subject)
                .containsExactly(guardian);
        assertThat(search(AuditFilter.all().withRole("ADMIN"))).extracting(AuditRow::subject).containsExactly(pupil);
        assertThat(search(AuditFilter.all().withPeople(Set.of(pupil, DataSubjectRef.trainer(pupil.id())))))
                .extracting(AuditRow::subject).containsExactly(pupil);
        assertThat(search(AuditFilter.all().withPeople(Set.of()))).as("a name that matched nobody").isEmpty();
        assertThat(trail.search(AuditFilter.all().withActions(Set.of(action, "LOGIN")).withPeople(Set.of(guardian)),
                PageRequest.of(0, 10)).getContent()).hasSize(1);

        LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.ZONE));
        assertThat(search(AuditFilter.all().withPeriod(today, today))).hasSize(3);
        assertThat(search(AuditFilter.all().withPeriod(today.plusDays(1), null))).isEmpty();
        assertThat(search(AuditFilter.all().withPeriod(null, today.minusDays(1)))).isEmpty();
        assertThat(trail.actions()).contains(action);
    }

    @Autowired
    be.classeur.privacy.RequestIntakeService requestIntake;

    @Test
    void aLineWrittenOnARightsRequestKnowsTheRequest() {
        long id = requestIntake.record(new be.classeur.privacy.RequestIntake(Set.of(be.classeur.privacy.domain.Right.ACCESS),
                null, be.classeur.support.TestSupport.unique("Journal "), null, null,
                be.classeur.privacy.domain.RequestChannel.POST, LocalDate.now(clock), null));
        assertThat(trail.search(AuditFilter.all().withActions(Set.of("RIGHTS_REQUEST_RECORDED")), PageRequest.of(0, 20))
                .getContent()).anySatisfy(row -> assertThat(row.requestId()).isEqualTo(id));
    }

    @Test
    void theGridReadsOnePageAtATime() {
        var first = trail.search(AuditFilter.all().withActions(Set.of(action)), PageRequest.of(0, 2));
        assertThat(first.getContent()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(trail.search(AuditFilter.all().withActions(Set.of(action)), PageRequest.of(1, 2)).getContent()).hasSize(1);
    }

    @Test
    void aNameOrANumberFindsThePeopleOfTheFilter() {
        PersonSummary demo = directory.summaries(List.of(DataSubjectRef.pupil(1))).getFirst();
        String lastName = demo.name().substring(demo.name().lastIndexOf(' ') + 1);
        assertThat(trail.peopleMatching(PersonKind.PUPIL, lastName)).contains(DataSubjectRef.pupil(1));
        assertThat(trail.peopleMatching(PersonKind.GUARDIAN, "12")).containsExactly(DataSubjectRef.guardian(12));
        assertThat(trail.peopleMatching(null, "12")).hasSize(PersonKind.values().length);
    }

    @Test
    void theCsvHasAHeaderOneLinePerAuditLineFormulasNeutralisedAndTheExportIsAudited() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trail.exportCsv(AuditFilter.all().withActions(Set.of(action)).withPeople(Set.of(guardian)), Locale.FRENCH, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo(
                "Moment,Compte,Rôles,Action,Code de l’action,Type de personne,Numéro de fiche,Demande,Détail");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",PRIVACY_OFFICER,").contains("," + action + ",")
                .contains("," + guardian.id() + ",").endsWith(",\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'AUDIT_EXPORTED' and detail like ?",
                String.class, "%" + action + "%")).singleElement().asString()
                .contains("GUARDIAN#" + guardian.id()).contains("actions [" + action + "]");
    }

    @Test
    void onlyThePrivacyOfficerReadsTheLog() {
        assertThatThrownBy(() -> as(users, "admin", () -> trail.search(AuditFilter.all(), PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAccessExportGivesWhenWhatAndTheRoleNeverTheAccountOrTheText() {
        var export = personalData.export(pupil);
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> lines = (List<java.util.Map<String, Object>>) export.get("auditLines");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).containsOnlyKeys("occurredAt", "actorRoles", "action");
            assertThat(line.get("actorRoles")).isEqualTo("ADMIN");
            assertThat(line.get("action")).isEqualTo(action);
        });
        assertThat(export.toString()).doesNotContain("by the administrator").doesNotContain("#" + accountId("admin"));
    }
}
