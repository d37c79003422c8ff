package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.RecipientNotices;
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
import be.classeur.consent.ConsentChoice;
import be.classeur.consent.ConsentLedger;
import be.classeur.consent.domain.ConsentChannel;
import be.classeur.consent.domain.ConsentStatus;
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
import be.classeur.privacy.domain.LetterKind;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The proof that erasure leaves no name anywhere: every character column of every application table, as the JDBC
 * metadata lists them, is either filled for the test with the erased people's name, e-mail and phone ({@link #FILL})
 * or sits on the committed allow-list of non-personal columns ({@code src/test/resources/erasure/non-personal-columns.txt}),
 * each with its reason. A column on neither list fails the test, so a column added later cannot escape it. Then the
 * privacy officer erases a pupil, the guardian who asked for them and a trainer, records the replies as sent, and no
 * column of any row still holds any of their identifiers. Runs on H2 and, with -Pmariadb, on MariaDB.
 */
@SpringBootTest
@WithUserDetails("dpo")
class ErasureSearchIT {
    private static final String ALLOW_LIST = "/erasure/non-personal-columns.txt";

    /**
     * For each column that can hold the erased people's data: the rows of it that belong to them (a WHERE clause over
     * :pupil, :guardian, :trainer, :account and :requests). The test writes their identifiers into those rows, and
     * checks that at least one row was there to write into.
     */
    private static final Map<String, String> FILL = new LinkedHashMap<>();

    static {
        for (String table : List.of("pupil", "guardian", "trainer")) {
            for (String column : List.of("first_name", "last_name", "email", "phone", "street", "postal_code", "city", "notes")) {
                FILL.put(table + "." + column, "id = :" + table);
            }
        }
        FILL.put("trainer.availability", "id = :trainer");
        FILL.put("contact_event.note", "(person_kind = 'PUPIL' and person_id = :pupil) or (person_kind = 'GUARDIAN' and"
                + " person_id = :guardian) or (person_kind = 'TRAINER' and person_id = :trainer)");
        FILL.put("user_account.username", "id = :account");
        FILL.put("user_account.display_name", "id = :account");
        FILL.put("user_account.email", "id = :account");
        FILL.put("audit_event.detail", "(subject_kind = 'PUPIL' and subject_id = :pupil) or (subject_kind = 'GUARDIAN' and"
                + " subject_id = :guardian) or (subject_kind = 'TRAINER' and subject_id = :trainer)");
        for (String column : List.of("requester_name", "requester_email", "description", "extension_reason", "reply_address")) {
            FILL.put("rights_request." + column, "id in (:requests)");
        }
        FILL.put("request_status_change.note_args", "request_id in (:requests)");
        FILL.put("privacy_request_attachment.original_name", "request_id in (:requests)");
        FILL.put("recipient_notice.pupil_name", "pupil_id = :pupil");
        FILL.put("consent_record.evidence_note", "(person_kind = 'PUPIL' and person_id = :pupil) or (person_kind = 'GUARDIAN' and"
                + " person_id = :guardian) or (person_kind = 'TRAINER' and person_id = :trainer)");
        // A lifted legal hold's reason is free text about the person (a hold in force would block the erasure).
        FILL.put("legal_hold.reason", "(person_kind = 'PUPIL' and person_id = :pupil) or (person_kind = 'GUARDIAN' and"
                + " person_id = :guardian) or (person_kind = 'TRAINER' and person_id = :trainer)");
        FILL.put("rights_request_subject.interest_note", "request_id in (:requests) and person_kind = 'PUPIL' and person_id = :pupil");
    }

    @Autowired
    ConsentLedger consents;
    @Autowired
    RequestAttachmentService attachments;
    @Autowired
    RecipientNotices notices;
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
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    LetterService letters;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    be.classeur.retention.LegalHoldService legalHolds;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What identifies one person; {@code token} is short enough for the narrowest columns (postal code). */
    record Identity(String first, String last, String email, String typedPhone, String token) {
        static Identity fresh(String prefix) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
            StringBuilder token = new StringBuilder("zq");
            for (int i = 0; i < 6; i++) {
                token.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
            }
            return new Identity(unique("Pre" + prefix), unique("Nom" + prefix), unique(prefix.toLowerCase(Locale.ROOT) + ".")
                    + "@exemple.be", "047" + digits, token.toString());
        }

        /** The phone as the application stores it (international form). */
        String storedPhone() {
            return "+32" + typedPhone.substring(1);
        }

        String full() {
            return first + " " + last;
        }

        /** The longest text about the person that fits in {@code size} characters. */
        String fitting(int size) {
            for (String candidate : List.of(full() + " " + email + " " + typedPhone + " " + storedPhone() + " " + token,
                    full() + " " + email + " " + typedPhone, last + " " + email, storedPhone() + " " + token, email, storedPhone(),
                    last, token)) {
                if (candidate.length() <= size) {
                    return candidate;
                }
            }
            throw new AssertionError("no identifier fits in " + size + " characters");
        }

        List<String> searched() {
            return List.of(first, last, email, typedPhone, storedPhone(), typedPhone.substring(1), token);
        }
    }

    /** The scene: a guardian asks to erase their own data and their child's; a trainer asks for theirs. */
    private record Scene(Identity pupil, Identity guardian, Identity trainer, long pupilId, long guardianId, long trainerId,
                         long accountId, String login, long groupId, long guardianRequest, long trainerRequest) {
    }

    private Scene scene() {
        Identity p = Identity.fresh("Eleve");
        Identity g = Identity.fresh("Parent");
        Identity t = Identity.fresh("Forma");
        String login = "f." + t.last().toLowerCase(Locale.ROOT);
        long[] ids = as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName(g.first());
            guardian.setLastName(g.last());
            guardian.setEmail(g.email());
            guardian.setPhone(g.typedPhone());
            guardian.setStreet("Rue des Parents 3");
            guardian.setPostalCode("1348");
            guardian.setCity("Louvain-la-Neuve");
            Pupil pupil = new Pupil();
            pupil.setFirstName(p.first());
            pupil.setLastName(p.last());
            pupil.setEmail(p.email());
            pupil.setPhone(p.typedPhone());
            pupil.setNotes("Notes sur " + p.full() + ", joignable au " + p.typedPhone());
            pupil.setBirthDate(today().minusYears(14));
            pupil.setSchoolYear(SchoolYear.S2);
            long pupilId = pupils.save(pupil, List.of(new GuardianLinkDraft(null, guardian, Relationship.MOTHER))).getId();
            long guardianId = pupils.detail(pupilId).guardians().getFirst().guardianId();
            Trainer trainer = new Trainer();
            trainer.setFirstName(t.first());
            trainer.setLastName(t.last());
            trainer.setEmail(t.email());
            trainer.setPhone(t.typedPhone());
            trainer.setStreet("Rue des Formateurs 9");
            trainer.setPostalCode("5000");
            trainer.setCity("Namur");
            trainer.setAvailability("Mercredi, appeler " + t.full() + " au " + t.typedPhone());
            long trainerId = trainers.save(trainer).getId();
            UserAccount account = new UserAccount(login, t.full(), Set.of(Role.TRAINER));
            account.setTrainerId(trainerId);
            long accountId = accounts.create(account, "un-mot-de-passe-solide").getId();
            contacts.record(DataSubjectRef.pupil(pupilId), ContactKind.PHONE, today(), "Appel de " + p.full());
            contacts.record(DataSubjectRef.guardian(guardianId), ContactKind.EMAIL, today(), "Mail de " + g.email());
            contacts.record(DataSubjectRef.trainer(trainerId), ContactKind.PHONE, today(), "Appel de " + t.full());
            for (DataSubjectRef person : List.of(DataSubjectRef.pupil(pupilId), DataSubjectRef.guardian(guardianId),
                    DataSubjectRef.trainer(trainerId))) {
                consents.record(new ConsentChoice(person, "PHOTOS", ConsentStatus.GRANTED, today(), ConsentChannel.PAPER_FORM,
                        null, "2026-09", "Signé par " + person.kind(), null));
            }
            consents.record(new ConsentChoice(DataSubjectRef.pupil(pupilId), "PHOTOS", ConsentStatus.GRANTED, today(),
                    ConsentChannel.PAPER_FORM, null, "2026-09", "Signé par la mère", guardianId));
            Period period = periods.save(new Period(unique("Année effacement "), PeriodKind.SCHOOL_YEAR,
                    today().minusMonths(2), today().plusMonths(6)));
            CourseGroup group = new CourseGroup();
            group.setName(unique("Groupe effacement "));
            group.setSubject(catalogues.activeSubjects().getFirst());
            group.setPeriod(period);
            group.setLevels(Set.of(SchoolYear.S2));
            group.setCapacity(8);
            group.setStatus(GroupStatus.RUNNING);
            group.setRoom("C3");
            group.setTrainers(Set.of(trainers.forEdit(trainerId)));
            long groupId = groups.save(group).getId();
            enrolments.enrol(groupId, pupilId, today().minusMonths(1), null, false);
            return new long[] {pupilId, guardianId, trainerId, accountId, groupId};
        });
        // The trainer signs in and reads their roster: audit lines whose actor is the trainer's account.
        List<RosterLine> roster = as(users, login, () -> groups.teachingRoster(ids[4]));
        assertThat(roster).extracting(RosterLine::lastName).contains(p.last());

        long guardianRequest = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.guardian(ids[1]),
                g.full(), g.email(), List.of(ids[0]), RequestChannel.EMAIL, today(),
                "Je suis " + g.full() + " (" + g.typedPhone() + "), mère de " + p.full() + ". Effacez nos données."));
        long trainerRequest = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.trainer(ids[2]),
                t.full(), null, null, RequestChannel.POST, today(),
                "Lettre de " + t.full() + ", " + t.email()));
        for (long request : List.of(guardianRequest, trainerRequest)) {
            requestWorkflow.detail(request).covered().forEach(c -> requestIntake.confirmMatch(request, c.subjectId()));
            requestWorkflow.changeStatus(request, RequestStatus.IN_PROGRESS, "Identité vérifiée par téléphone avec " + g.full()
                    + " et " + t.full());
            attachments.attach(request, "Lettre de " + g.last() + " " + t.last() + ".pdf",
                    ("%PDF-1.4 " + g.full()).getBytes(StandardCharsets.UTF_8));
            letters.markSent(request, LetterKind.ACKNOWLEDGEMENT, "fr", today(), RequestChannel.EMAIL);
        }
        requestWorkflow.extend(guardianRequest, "Demande complexe : " + p.full() + " et " + g.full());
        // An earlier rectification told the trainer (art. 19): the notice names the pupil as the trainer knows them.
        notices.tell(List.of(new RecipientNotices.Draft(ids[2], RecipientNotices.Change.RECTIFIED, DataSubjectRef.pupil(ids[0]),
                ids[0], p.full(), "Groupe effacement")));
        // Holds placed then lifted: their reasons stay as history until the person is erased.
        for (DataSubjectRef held : List.of(DataSubjectRef.pupil(ids[0]), DataSubjectRef.guardian(ids[1]), DataSubjectRef.trainer(ids[2]))) {
            be.classeur.retention.LegalHoldRow hold = legalHolds.place(held, "Litige clos", null);
            legalHolds.lift(hold.id(), hold.version());
        }
        return new Scene(p, g, t, ids[0], ids[1], ids[2], ids[3], login, ids[4], guardianRequest, trainerRequest);
    }

    @Autowired
    be.classeur.retention.PurgeService purge;

    @Test
    void everyCharacterColumnIsEitherFilledForTheTestOrAllowListedWithAReason() throws Exception {
        Map<String, Column> columns = characterColumns();
        Map<String, String> allowed = allowList();
        List<String> problems = new ArrayList<>();
        for (String column : columns.keySet()) {
            if (!FILL.containsKey(column) && !allowed.containsKey(column) && !allowed.containsKey(tableOf(column) + ".*")) {
                problems.add(column + " is neither filled by ErasureSearchIT.FILL nor on " + ALLOW_LIST + ". If it can hold"
                        + " anything about a person, make the module's PersonalDataHandler clear it on erasure and add it to"
                        + " FILL with the rows that belong to the erased person; otherwise add it to the allow-list with the"
                        + " reason it never holds personal data.");
            }
            if (FILL.containsKey(column) && allowed.containsKey(column)) {
                problems.add(column + " is both filled and allow-listed: choose one.");
            }
        }
        for (String entry : allowed.keySet()) {
            boolean exists = entry.endsWith(".*") ? columns.keySet().stream().anyMatch(c -> (tableOf(c) + ".*").equals(entry))
                    : columns.containsKey(entry);
            if (!exists) {
                problems.add(entry + " is on " + ALLOW_LIST + " but is no character column of any table: remove it.");
            }
        }
        for (String column : FILL.keySet()) {
            if (!columns.containsKey(column)) {
                problems.add(column + " is in ErasureSearchIT.FILL but is no character column of any table: remove it.");
            }
        }
        assertThat(problems).as("character columns of the application's tables").isEmpty();
    }

    @Test
    void afterErasureAndTheRepliesNoColumnOfAnyTableHoldsTheirNameEmailOrPhone() throws Exception {
        Scene s = scene();
        Map<String, Column> columns = characterColumns();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("pupil", s.pupilId()).addValue("guardian", s.guardianId()).addValue("trainer", s.trainerId())
                .addValue("account", s.accountId()).addValue("requests", List.of(s.guardianRequest(), s.trainerRequest()));
        // Every fillable column gets the identifiers of the person its rows belong to (all three, where rows are shared).
        for (Map.Entry<String, String> fill : FILL.entrySet()) {
            assertThat(columns).as(fill.getKey() + " exists").containsKey(fill.getKey());
            int size = columns.get(fill.getKey()).size();
            String table = tableOf(fill.getKey());
            String column = fill.getKey().substring(table.length() + 1);
            String value = text(s, table, size);
            int rows = named.update("update " + table + " set " + column + " = :value where " + fill.getValue(),
                    new MapSqlParameterSource(params.getValues()).addValue("value", value));
            assertThat(rows).as("rows of " + fill.getKey() + " to fill for the test").isPositive();
        }
        // The values were really stored, so that the search below proves something.
        assertThat(hits(s.pupil().token(), columns)).contains("pupil.postal_code");
        assertThat(hits(s.guardian().storedPhone(), columns)).contains("guardian.phone");
        assertThat(hits(s.trainer().last(), columns)).contains("trainer.last_name", "user_account.display_name");

        subjectRights.erase(s.guardianRequest(), null);
        subjectRights.erase(s.trainerRequest(), null);

        // Until the replies are recorded as sent, each request keeps what its reply needs (name, e-mail or address).
        assertThat(jdbc.queryForObject("select requester_email from rights_request where id = ?", String.class,
                s.guardianRequest())).contains(s.guardian().email());
        assertThat(jdbc.queryForObject("select reply_address from rights_request where id = ?", String.class,
                s.trainerRequest())).isNotBlank();

        requestWorkflow.recordReply(s.guardianRequest(), today());
        requestWorkflow.recordReply(s.trainerRequest(), today());

        Map<String, List<String>> left = new TreeMap<>();
        for (Identity identity : List.of(s.pupil(), s.guardian(), s.trainer())) {
            for (String identifier : identity.searched()) {
                List<String> found = hits(identifier, columns);
                if (!found.isEmpty()) {
                    left.put(identifier, found);
                }
            }
        }
        assertThat(left).as("columns still holding an erased person's identifier, by identifier").isEmpty();

        // The status trail stays: dates, statuses and who, under the pseudonym.
        assertThat(jdbc.queryForObject("select count(*) from request_status_change where request_id = ? and to_status = 'IN_PROGRESS'"
                + " and changed_by = 'dpo'", Long.class, s.guardianRequest())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select requester_name from rights_request where id = ?", String.class, s.guardianRequest()))
                .startsWith("Personne-" + s.guardianRequest());
        assertThat(jdbc.queryForObject("select count(*) from enrolment where pupil_id = ? and group_id = ?",
                Long.class, s.pupilId(), s.groupId())).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'PUPIL' and subject_id = ?",
                Long.class, s.pupilId())).as("the audit trail stays").isPositive();
    }

    @Test
    void afterARetentionPurgeNoColumnOfAnyTableHoldsTheirNameEmailOrPhone() throws Exception {
        Scene s = scene();
        Map<String, Column> columns = characterColumns();
        // Their requests were answered and closed first: a purge takes people whom nothing keeps any more.
        for (long request : List.of(s.guardianRequest(), s.trainerRequest())) {
            requestWorkflow.recordReply(request, today());
        }
        assertThat(hits(s.guardian().email(), columns)).as("the scene really stored them").isNotEmpty();

        for (DataSubjectRef person : List.of(DataSubjectRef.pupil(s.pupilId()), DataSubjectRef.guardian(s.guardianId()),
                DataSubjectRef.trainer(s.trainerId()))) {
            purge.purgeNow(person);
        }

        Map<String, List<String>> left = new TreeMap<>();
        for (Identity identity : List.of(s.pupil(), s.guardian(), s.trainer())) {
            for (String identifier : identity.searched()) {
                List<String> found = hits(identifier, columns);
                if (!found.isEmpty()) {
                    left.put(identifier, found);
                }
            }
        }
        assertThat(left).as("columns still holding a purged person's identifier, by identifier").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from retention_purge_candidate where status = 'PURGED'"
                + " and person_kind = 'PUPIL' and person_id = ?", Long.class, s.pupilId())).as("the purge's trace").isEqualTo(1L);
    }

    @Test
    void anErasedTrainersLoginIsPseudonymisedAndTheAuditLogStillSaysWhichAccountActed() throws Exception {
        Scene s = scene();
        long trainerLines = jdbc.queryForObject("select count(*) from audit_event where actor_account_id = ?", Long.class,
                s.accountId());
        assertThat(trainerLines).as("the roster read is logged under the trainer's account").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ?", Long.class, s.login()))
                .as("no audit line names the login").isZero();
        assertThat(jdbc.queryForObject("select max(actor_roles) from audit_event where actor_account_id = ?", String.class,
                s.accountId())).isEqualTo("TRAINER");

        subjectRights.erase(s.trainerRequest(), null);

        String login = jdbc.queryForObject("select username from user_account where id = ?", String.class, s.accountId());
        assertThat(login).startsWith("Personne-" + s.trainerRequest() + "-TRAINER-" + s.trainerId()).isNotEqualTo(s.login());
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, s.accountId())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_account_id = ?", Long.class, s.accountId()))
                .as("nothing of the trail is lost").isGreaterThanOrEqualTo(trainerLines);
    }

    @Test
    void aRestrictedPupilIsLeftOutOfTheTeachingRoster() {
        Scene s = scene();
        List<String> before = as(users, "admin", () -> groups.teachingRoster(s.groupId())).stream().map(RosterLine::lastName).toList();
        assertThat(before).contains(s.pupil().last());

        handlers.forEach(handler -> handler.restrict(DataSubjectRef.pupil(s.pupilId()), true));

        List<String> after = as(users, "admin", () -> groups.teachingRoster(s.groupId())).stream().map(RosterLine::lastName).toList();
        assertThat(after).doesNotContain(s.pupil().last());
        assertThat(as(users, "admin", () -> pupils.detail(s.pupilId())).person().restricted()).isTrue();

        handlers.forEach(handler -> handler.restrict(DataSubjectRef.pupil(s.pupilId()), false));
        assertThat(as(users, "admin", () -> groups.teachingRoster(s.groupId())).stream().map(RosterLine::lastName))
                .contains(s.pupil().last());
    }

    /** The identifiers written into a column of {@code table}: the person's own, or all three on shared tables. */
    private static String text(Scene s, String table, int size) {
        Identity only = switch (table) {
            case "pupil" -> s.pupil();
            case "guardian" -> s.guardian();
            case "trainer", "user_account" -> s.trainer();
            default -> null;
        };
        if (only != null) {
            return only.fitting(size);
        }
        String all = s.pupil().fitting(size / 3) + " " + s.guardian().fitting(size / 3) + " " + s.trainer().fitting(size / 3);
        return all.length() <= size ? all : s.pupil().fitting(size);
    }

    private static String tableOf(String column) {
        return column.substring(0, column.indexOf('.'));
    }

    /**
     * Every character column (CHAR, VARCHAR, CLOB, TEXT and their national forms) of every table in the application's
     * schema, as "table.column" in lower case, with its size, from the JDBC metadata.
     */
    private Map<String, Column> characterColumns() throws SQLException {
        Set<Integer> character = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
                Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
        Map<String, Column> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).as("the metadata lists the tables").isNotEmpty();
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                    while (rs.next()) {
                        int type = rs.getInt("DATA_TYPE");
                        String typeName = String.valueOf(rs.getString("TYPE_NAME")).toUpperCase(Locale.ROOT);
                        if (character.contains(type) || typeName.contains("CHAR") || typeName.contains("TEXT")
                                || typeName.contains("CLOB")) {
                            int size = rs.getInt("COLUMN_SIZE");
                            String column = rs.getString("COLUMN_NAME");
                            columns.put((table + "." + column).toLowerCase(Locale.ROOT),
                                    new Column(table, column, size <= 0 ? Integer.MAX_VALUE : size));
                        }
                    }
                }
            }
        }
        return columns;
    }

    /** The committed allow-list: "table.column | reason" (or "table.* | reason" for a whole table), '#' comments. */
    private Map<String, String> allowList() throws IOException {
        Map<String, String> allowed = new TreeMap<>();
        try (var in = getClass().getResourceAsStream(ALLOW_LIST)) {
            assertThat(in).as(ALLOW_LIST + " on the test class path").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int bar = entry.indexOf('|');
                assertThat(bar).as("'table.column | reason' in: " + entry).isPositive();
                String column = entry.substring(0, bar).strip().toLowerCase(Locale.ROOT);
                String reason = entry.substring(bar + 1).strip();
                assertThat(reason).as("the reason for " + column).hasSizeGreaterThan(10);
                assertThat(allowed.put(column, reason)).as(column + " listed twice").isNull();
            }
        }
        return allowed;
    }

    /** Every "table.column" among the character columns that contains {@code text}, whatever its case. */
    private List<String> hits(String text, Map<String, Column> columns) throws SQLException {
        String quote;
        try (Connection connection = dataSource.getConnection()) {
            quote = connection.getMetaData().getIdentifierQuoteString().strip();
        }
        List<String> found = new ArrayList<>();
        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
        for (Map.Entry<String, Column> entry : columns.entrySet()) {
            // The names as the database spells them (Liquibase's tables are upper case on MariaDB, ours lower case).
            Column column = entry.getValue();
            Long count = jdbc.queryForObject("select count(*) from " + quote + column.table() + quote + " where lower("
                    + quote + column.name() + quote + ") like ?", Long.class, pattern);
            if (count != null && count > 0) {
                found.add(entry.getKey());
            }
        }
        return found;
    }

    /** A character column as the metadata names it, with its size in characters. */
    private record Column(String table, String name, int size) {
    }
}
