package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.Role;
import be.classeur.accounts.UserAccount;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.RosterLine;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The proof that erasure honours the contract: after every handler has anonymised a pupil, no character column of
 * any table still holds the pupil's first name, last name, e-mail or phone; the pseudonymous traces (enrolment,
 * rights request) remain. Runs on H2 and, with -Pmariadb, on MariaDB.
 */
@SpringBootTest
@WithUserDetails("dpo")
class ErasureSearchIT {
    @Autowired
    RequestAttachmentService attachments;
    @Autowired
    List<PersonalDataHandler> handlers;
    @Autowired
    PupilService pupils;
    @Autowired
    ContactService contacts;
    @Autowired
    TrainerService trainers;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    RightsRequestService requests;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Created(long pupilId, long groupId, long requestId, String first, String last, String email, String phone) {
    }

    private Created pupilWithEverything() {
        String first = unique("Prenomerase");
        String last = unique("Nomerase");
        String email = unique("efface.") + "@exemple.be";
        String phone = "047" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Created created = as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(first);
            pupil.setLastName(last);
            pupil.setEmail(email);
            pupil.setPhone(phone);
            pupil.setStreet("Rue des Effacés 7");
            pupil.setPostalCode("1348");
            pupil.setCity("Louvain-la-Neuve");
            pupil.setNotes("Notes sur " + first + " " + last + ", joignable au " + phone);
            pupil.setBirthDate(today().minusYears(14));
            pupil.setSchoolYear(SchoolYear.S2);
            Guardian guardian = new Guardian();
            guardian.setFirstName(unique("Parent"));
            guardian.setLastName(unique("Parentnom"));
            guardian.setEmail(unique("parent.") + "@exemple.be");
            long pupilId = pupils.save(pupil, List.of(new GuardianLinkDraft(null, guardian, Relationship.MOTHER))).getId();
            contacts.record(DataSubjectRef.pupil(pupilId), ContactKind.PHONE, today(),
                    "Appel de " + first + " " + last + " (" + email + ")");
            Period period = periods.save(new Period(unique("Année effacement "), PeriodKind.SCHOOL_YEAR,
                    today().minusMonths(1), today().plusMonths(6)));
            CourseGroup group = new CourseGroup();
            group.setName(unique("Groupe effacement "));
            group.setSubject(catalogues.activeSubjects().getFirst());
            group.setPeriod(period);
            group.setLevels(Set.of(SchoolYear.S2));
            group.setCapacity(8);
            group.setStatus(GroupStatus.RUNNING);
            group.setRoom("C3");
            long groupId = groups.save(group).getId();
            enrolments.enrol(groupId, pupilId, today(), null, false);
            pupils.detail(pupilId); // an audited read
            return new Created(pupilId, groupId, 0, first, last, email, phone);
        });
        long requestId = requests.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.pupil(created.pupilId()),
                first + " " + last, email, null, RequestChannel.EMAIL, today(),
                "Je suis " + first + " " + last + ", mon numéro est le " + phone + ". Effacez mes données."));
        // The officer confirms the proposed match before acting on the request.
        requests.detail(requestId).covered().forEach(c -> requests.confirmMatch(requestId, c.subjectId()));
        return new Created(created.pupilId(), created.groupId(), requestId, first, last, email, phone);
    }

    @Test
    void afterErasureNoColumnOfAnyTableHoldsThePupilsIdentifiers() throws SQLException {
        Created c = pupilWithEverything();
        // The scanned letter's file name names the pupil too.
        long letter = attachments.attach(c.requestId(), "Lettre de " + c.first() + " " + c.last() + ".pdf",
                ("%PDF-1.4 " + c.first() + " " + c.last()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // The values were really stored, so that the search below proves something.
        assertThat(hits(c.last())).isNotEmpty();
        assertThat(hits(c.email())).isNotEmpty();
        assertThat(hits(c.phone())).isNotEmpty();
        // The phone is stored normalised (+32 …): search that form too, as well as the form typed in free text.
        String storedPhone = jdbc.queryForObject("select phone from pupil where id = ?", String.class, c.pupilId());
        assertThat(storedPhone).isNotBlank();
        assertThat(hits(storedPhone)).contains(hitIn("pupil", "phone"));

        // The privacy module's erasure: one transaction, every handler's anonymise(subject, pseudonym).
        subjectRights.erase(c.requestId(), null);

        for (String identifier : List.of(c.first(), c.last(), c.email(), c.phone(), storedPhone)) {
            assertThat(hits(identifier)).as("columns still holding " + identifier).isEmpty();
        }
        assertThat(attachments.attachmentsOf(c.requestId())).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(letter);
            assertThat(row.kept()).as("the scanned letter's file is deleted").isFalse();
        });
        // The pseudonymous traces remain.
        assertThat(jdbc.queryForObject("select count(*) from enrolment where pupil_id = ? and group_id = ?",
                Long.class, c.pupilId(), c.groupId())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from rights_request where requester_kind = 'PUPIL' and requester_id = ?",
                Long.class, c.pupilId())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from request_status_change s join rights_request r on r.id = s.request_id"
                + " where r.requester_kind = 'PUPIL' and r.requester_id = ?", Long.class, c.pupilId())).isPositive();
        assertThat(jdbc.queryForObject("select first_name from pupil where id = ?", String.class, c.pupilId()))
                .startsWith("Personne-").endsWith(String.valueOf(c.pupilId()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'PUPIL' and subject_id = ?",
                Long.class, c.pupilId())).as("the audit trail stays").isPositive();
    }

    @Test
    void aRestrictedPupilIsLeftOutOfTheTeachingRoster() {
        Created c = pupilWithEverything();
        List<String> before = as(users, "admin", () -> groups.teachingRoster(c.groupId())).stream().map(RosterLine::lastName).toList();
        assertThat(before).contains(c.last());

        handlers.forEach(handler -> handler.restrict(DataSubjectRef.pupil(c.pupilId()), true));

        List<String> after = as(users, "admin", () -> groups.teachingRoster(c.groupId())).stream().map(RosterLine::lastName).toList();
        assertThat(after).doesNotContain(c.last());
        assertThat(as(users, "admin", () -> pupils.detail(c.pupilId())).pupil().isRestricted()).isTrue();

        handlers.forEach(handler -> handler.restrict(DataSubjectRef.pupil(c.pupilId()), false));
        assertThat(as(users, "admin", () -> groups.teachingRoster(c.groupId())).stream().map(RosterLine::lastName)).contains(c.last());
    }

    @Test
    void afterErasureOfATrainerTheirRecordAndAccountNoLongerNameThem() throws SQLException {
        String first = unique("Formaerase");
        String last = unique("Formnom");
        String email = unique("forme.") + "@exemple.be";
        String login = unique("it.trainer.");
        long trainerId = as(users, "admin", () -> {
            Trainer trainer = new Trainer();
            trainer.setFirstName(first);
            trainer.setLastName(last);
            trainer.setEmail(email);
            trainer.setAvailability("Mercredi après-midi, demander à " + first);
            long id = trainers.save(trainer).getId();
            UserAccount account = new UserAccount(login, first + " " + last, Set.of(Role.TRAINER));
            account.setTrainerId(id);
            accounts.create(account, "un-mot-de-passe-solide");
            trainers.detail(id);
            return id;
        });
        assertThat(hits(last)).contains(hitIn("trainer", "last_name"), hitIn("user_account", "display_name"));

        DataSubjectRef subject = DataSubjectRef.trainer(trainerId);
        new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                handlers.forEach(handler -> handler.anonymise(subject, "Personne-" + trainerId)));

        for (String identifier : List.of(first, last, email)) {
            assertThat(hits(identifier)).as("columns still holding " + identifier).isEmpty();
        }
        assertThat(jdbc.queryForObject("select enabled from user_account where username = ?", Boolean.class, login)).isFalse();
    }

    /** Every "table.column" among the character columns of the application's tables that contains {@code text}. */
    private List<String> hits(String text) throws SQLException {
        String quote;
        String product;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            quote = meta.getIdentifierQuoteString().strip();
            product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        }
        String columnsSql = product.contains("h2")
                ? "select TABLE_NAME, COLUMN_NAME, DATA_TYPE from INFORMATION_SCHEMA.COLUMNS where TABLE_SCHEMA = 'PUBLIC'"
                : "select table_name, column_name, data_type from information_schema.columns where table_schema = database()";
        List<Map<String, Object>> columns = jdbc.queryForList(columnsSql);
        assertThat(columns).as("the information schema lists the tables").isNotEmpty();
        List<String> found = new ArrayList<>();
        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
        for (Map<String, Object> column : columns) {
            String table = value(column, "TABLE_NAME");
            String name = value(column, "COLUMN_NAME");
            String type = value(column, "DATA_TYPE").toUpperCase(Locale.ROOT);
            boolean character = type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB");
            if (!character || table.equalsIgnoreCase("DATABASECHANGELOG") || table.equalsIgnoreCase("DATABASECHANGELOGLOCK")) {
                continue;
            }
            Long count = jdbc.queryForObject("select count(*) from " + quote + table + quote + " where lower(" + quote + name
                    + quote + ") like ?", Long.class, pattern);
            if (count != null && count > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    /** A hit as {@link #hits} names it, whatever case the database gives its identifiers. */
    private String hitIn(String table, String column) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean upper = connection.getMetaData().storesUpperCaseIdentifiers();
            String hit = table + "." + column;
            return upper ? hit.toUpperCase(Locale.ROOT) : hit;
        }
    }

    private static String value(Map<String, Object> row, String key) {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return String.valueOf(entry.getValue());
            }
        }
        throw new IllegalStateException("no " + key + " in " + row.keySet());
    }
}
