package be.classeur.privacy;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;

import be.classeur.consent.SuppressionList;
import be.classeur.consent.SuppressionListService;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.RequestStatus;
import be.classeur.privacy.domain.Right;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Erasure leaves the keyed hashes of the erased people's e-mail and phone on the suppression list, and nothing else;
 * a person typed in again with one of them (another case, other spaces, another phone format) is recognised, and no
 * longer once their details change. The key is in the configuration, never in the database.
 */
@SpringBootTest
@WithUserDetails("dpo")
class SuppressionListIT {
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    SuppressionList list;
    @Autowired
    be.classeur.erasure.Erasure erasure;
    @Autowired
    SuppressionListService listService;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Value("${classeur.suppression.key}")
    String key;

    private record Erased(String guardianEmail, String guardianTypedPhone, String pupilEmail, long guardianId, long pupilId) {
        /** The same phone in international form, spaced differently: "+32 470 12 34 56" for "0470123456". */
        String phoneOtherwise() {
            String national = guardianTypedPhone.substring(1);
            return "+32 " + national.substring(0, 3) + " " + national.substring(3);
        }
    }

    private static String phone() {
        return "047" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A guardian and their child, erased at the guardian's request. */
    private Erased erased() {
        LocalDate today = LocalDate.now(clock);
        String guardianEmail = unique("Parent.Efface.") + "@Exemple.be";
        String pupilEmail = unique("eleve.efface.") + "@exemple.be";
        String typedPhone = phone();
        long[] ids = as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName(unique("Parent"));
            guardian.setLastName(unique("Efface"));
            guardian.setEmail(guardianEmail);
            guardian.setPhone(typedPhone);
            Pupil pupil = new Pupil();
            pupil.setFirstName(unique("Eleve"));
            pupil.setLastName(unique("Efface"));
            pupil.setEmail(pupilEmail);
            pupil.setBirthDate(today.minusYears(14));
            pupil.setSchoolYear(SchoolYear.S2);
            long pupilId = pupils.save(pupil, List.of(new GuardianLinkDraft(null, guardian, Relationship.MOTHER))).getId();
            return new long[] {pupilId, pupils.detail(pupilId).guardians().getFirst().guardianId()};
        });
        long request = requestIntake.record(new RequestIntake(Set.of(Right.ERASURE), DataSubjectRef.guardian(ids[1]),
                "Parent Efface", guardianEmail, List.of(ids[0]), RequestChannel.EMAIL, today, "Effacez nos données."));
        requestWorkflow.detail(request).covered().forEach(c -> requestIntake.confirmMatch(request, c.subjectId()));
        requestWorkflow.changeStatus(request, RequestStatus.IN_PROGRESS, null);
        subjectRights.erase(request, null);
        // The reply sent, the request no longer keeps the requester's e-mail for it.
        requestWorkflow.recordReply(request, today);
        return new Erased(guardianEmail, typedPhone, pupilEmail, ids[1], ids[0]);
    }

    private String hmac(String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private long newGuardian(String email, String phone) {
        return as(users, "admin", () -> {
            Guardian guardian = new Guardian();
            guardian.setFirstName(unique("Revenu"));
            guardian.setLastName(unique("Retour"));
            guardian.setEmail(email);
            guardian.setPhone(phone);
            return guardians.save(guardian, List.of()).getId();
        });
    }

    private void changeContact(long guardianId, String email, String phone) {
        as(users, "admin", () -> {
            Guardian guardian = guardians.forEdit(guardianId);
            guardian.setEmail(email);
            guardian.setPhone(phone);
            return guardians.save(guardian, List.of());
        });
    }

    @Test
    void erasureKeepsTheKeyedHashesOfTheEmailAndPhoneAndNothingElse() throws Exception {
        long before = jdbc.queryForObject("select count(*) from consent_suppression", Long.class);

        Erased e = erased();

        String e164 = "+32" + e.guardianTypedPhone().substring(1);
        List<Map<String, Object>> added = jdbc.queryForList("select hash, kind from consent_suppression where hash in (?, ?, ?)",
                hmac(e.guardianEmail().toLowerCase(Locale.ROOT)), hmac(e164), hmac(e.pupilEmail()));
        assertThat(added).extracting(r -> r.get("kind")).containsExactlyInAnyOrder("EMAIL", "PHONE", "EMAIL");
        assertThat(jdbc.queryForObject("select count(*) from consent_suppression", Long.class))
                .as("three values, three lines: the pupil had no phone").isEqualTo(before + 3);
        // Keyed: not the plain SHA-256 anyone could compute from a guessed address.
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(e.guardianEmail().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from consent_suppression where hash = ?", Long.class, plain)).isZero();
        // Nothing else: the table has no column for who it was.
        assertThat(jdbc.queryForList("select * from consent_suppression where id = (select max(id) from consent_suppression)").getFirst().keySet())
                .extracting(c -> c.toLowerCase(Locale.ROOT)).containsExactlyInAnyOrder("id", "hash", "kind", "added_on");
        assertThat(columnsHolding(e.guardianEmail())).as("the e-mail in clear").isEmpty();
        assertThat(columnsHolding(e.guardianTypedPhone().substring(1))).as("the phone in clear").isEmpty();
        assertThat(list.matches(DataSubjectRef.guardian(e.guardianId()))).as("the erased record itself").isFalse();
    }

    @Test
    void theSameEmailTypedAgainOrTheSamePhoneInAnotherFormatIsRecognisedUntilItChanges() {
        Erased e = erased();

        long sameEmail = newGuardian("  " + e.guardianEmail().toUpperCase(Locale.ROOT) + " ", null);
        long samePhone = newGuardian(unique("autre.") + "@exemple.be", e.phoneOtherwise());
        long stranger = newGuardian(unique("inconnu.") + "@exemple.be", phone());

        assertThat(as(users, "admin", () -> list.matches(DataSubjectRef.guardian(sameEmail)))).isTrue();
        assertThat(as(users, "admin", () -> list.matches(DataSubjectRef.guardian(samePhone)))).isTrue();
        assertThat(as(users, "admin", () -> list.matches(DataSubjectRef.guardian(stranger)))).isFalse();
        assertThat(as(users, "admin", () -> list.recognised(PersonKind.GUARDIAN))).contains(sameEmail, samePhone)
                .doesNotContain(stranger);
        assertThat(listService.recognisedOn(DataSubjectRef.guardian(sameEmail))).contains("EMAIL");
        assertThat(listService.recognisedOn(DataSubjectRef.guardian(samePhone))).contains("PHONE");

        changeContact(sameEmail, unique("nouvelle.") + "@exemple.be", null);
        changeContact(samePhone, unique("autre.") + "@exemple.be", phone());

        assertThat(as(users, "admin", () -> list.matches(DataSubjectRef.guardian(sameEmail)))).isFalse();
        assertThat(as(users, "admin", () -> list.recognised(PersonKind.GUARDIAN))).doesNotContain(sameEmail, samePhone);

        changeContact(stranger, e.pupilEmail(), null);
        assertThat(as(users, "admin", () -> list.recognised(PersonKind.GUARDIAN))).as("an erased pupil's e-mail, on a guardian")
                .contains(stranger);
    }

    @Test
    void thePreviewSaysWhatIsKeptAndWhyAndTheExportHoldsNothingOfIt() {
        long guardian = newGuardian(unique("apercu.") + "@exemple.be", phone());
        DataSubjectRef ref = DataSubjectRef.guardian(guardian);

        assertThat(erasure.preview(ref)).filteredOn(h -> h.part().equals("suppression")).singleElement()
                .satisfies(h -> assertThat(h.retained()).singleElement().isEqualTo(new PersonalDataHandler.Retained(
                        "privacy.held.suppression.hashes", "privacy.retained.suppression")));
        assertThat(erasure.export(ref).getOrDefault("suppression", Map.of())).isEmpty();
        // It runs before people's handler, which wipes the e-mail and phone it hashes.
        assertThat(erasure.preview(ref).getFirst().part()).isEqualTo("suppression");
    }

    @Test
    void theKeyIsNotInTheDatabase() throws Exception {
        erased();
        String decoded = new String(Base64.getDecoder().decode(key), StandardCharsets.ISO_8859_1);
        assertThat(columnsHolding(key)).isEmpty();
        assertThat(columnsHolding(decoded)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from consent_suppression", Long.class)).isPositive();
    }

    /** Every "table.column" of every character column of the application's schema that contains {@code text}. */
    private List<String> columnsHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString().strip();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
                    while (rs.next()) {
                        String type = String.valueOf(rs.getString("TYPE_NAME")).toUpperCase(Locale.ROOT);
                        if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
                            String column = rs.getString("COLUMN_NAME");
                            Long count = jdbc.queryForObject("select count(*) from " + quote + table + quote + " where lower("
                                    + quote + column + quote + ") like ?", Long.class, "%" + text.toLowerCase(Locale.ROOT) + "%");
                            if (count != null && count > 0) {
                                found.add(table + "." + column);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
