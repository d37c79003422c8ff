package be.classeur.people;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Only a parent or a legal guardian represents a minor; grandparents, host families, siblings and other contacts are
 * contacts only. The rule that a minor keeps a representative counts representatives only, and the migration leaves
 * the old "other" links as contacts on a review list instead of turning them into representatives.
 */
@SpringBootTest
@WithUserDetails("admin")
class RepresentativesIT {
    private static final String MIGRATION = "db/changelog/2026/12/01-people-representatives.yaml";

    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    private Pupil child(String lastName, int age) {
        Pupil pupil = new Pupil();
        pupil.setFirstName("Lou");
        pupil.setLastName(lastName);
        pupil.setBirthDate(LocalDate.now(clock).minusYears(age).minusDays(10));
        return pupil;
    }

    private static Guardian guardian(String firstName, String lastName) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(lastName);
        return guardian;
    }

    @Test
    void theRelationshipTypesSayWhoMayRepresent() {
        assertThat(Relationship.representatives()).containsExactly(Relationship.MOTHER, Relationship.FATHER,
                Relationship.PARENT, Relationship.LEGAL_GUARDIAN);
        assertThat(List.of(Relationship.GRANDPARENT, Relationship.HOST_FAMILY, Relationship.SIBLING, Relationship.OTHER_CONTACT))
                .noneMatch(Relationship::mayRepresent);
    }

    @Test
    void aMinorWithOnlyAContactIsRefusedAndWithAParentIsSaved() {
        String family = unique("Contact");
        assertThatThrownBy(() -> pupils.save(child(family, 9),
                List.of(GuardianLinkDraft.newGuardian(guardian("Mamie", family), Relationship.GRANDPARENT))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.pupil.error.minorWithoutGuardian"));
        assertThat(jdbc.queryForObject("select count(*) from pupil where last_name = ?", Integer.class, family)).isZero();

        Pupil saved = pupils.save(child(family, 9), List.of(
                GuardianLinkDraft.newGuardian(guardian("Mamie", family), Relationship.GRANDPARENT),
                GuardianLinkDraft.newGuardian(guardian("Maman", family), Relationship.PARENT)));
        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::relationship, LinkRow::mayRepresent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Relationship.GRANDPARENT, false),
                        org.assertj.core.groups.Tuple.tuple(Relationship.PARENT, true));
    }

    @Test
    void theLastRepresentativeOfAMinorCannotBeTurnedIntoAContactNorRemovedWhileAContactRemains() {
        String family = unique("Dernier");
        Pupil saved = pupils.save(child(family, 11), List.of(
                GuardianLinkDraft.newGuardian(guardian("Papa", family), Relationship.FATHER),
                GuardianLinkDraft.newGuardian(guardian("Accueil", family), Relationship.HOST_FAMILY)));
        long father = pupils.guardiansOf(saved.getId()).stream().filter(LinkRow::mayRepresent).findFirst().orElseThrow().guardianId();
        long host = pupils.guardiansOf(saved.getId()).stream().filter(l -> !l.mayRepresent()).findFirst().orElseThrow().guardianId();

        // Before, any link counted: the host family's link would have kept the child "guarded".
        assertThatThrownBy(() -> guardians.save(guardians.forEdit(father), List.of(new PupilLinkDraft(saved.getId(), Relationship.SIBLING))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.guardian.error.lastGuardianOfMinor"));
        assertThatThrownBy(() -> guardians.save(guardians.forEdit(father), List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.guardian.error.lastGuardianOfMinor"));
        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::relationship)
                .containsExactlyInAnyOrder(Relationship.FATHER, Relationship.HOST_FAMILY);

        // The contact itself may go: the father still represents the child.
        guardians.save(guardians.forEdit(host), List.of());
        assertThat(pupils.guardiansOf(saved.getId())).extracting(LinkRow::guardianId).containsExactly(father);
    }

    @Test
    void theMigrationLeavesOldOtherLinksAsContactsForAnAdministratorToReview() {
        String family = unique("Migration");
        Pupil saved = pupils.save(child(family, 8),
                List.of(GuardianLinkDraft.newGuardian(guardian("Mere", family), Relationship.MOTHER)));
        long pupilId = saved.getId();
        long uncle = guardians.save(guardian("Oncle", family), List.of()).getId();
        List<String> statements = migrationStatements();
        assertThat(statements).isNotEmpty();

        // Run as the changeset does, on a row as the old application stored it, then roll back: the shared test
        // database keeps its rows (other tests' contacts would otherwise be flagged too).
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            jdbc.update("insert into pupil_guardian (pupil_id, guardian_id, relationship) values (?, ?, 'OTHER')", pupilId, uncle);
            statements.forEach(jdbc::execute);

            assertThat(jdbc.queryForList("select relationship, needs_review from pupil_guardian where pupil_id = ? order by guardian_id",
                    pupilId)).extracting(r -> r.get("relationship"))
                    .containsExactly("MOTHER", "OTHER_CONTACT");
            assertThat(jdbc.queryForObject("select count(*) from pupil_guardian where pupil_id = ? and needs_review = true",
                    Integer.class, pupilId)).isEqualTo(1);
            assertThat(pupils.guardiansOf(pupilId)).filteredOn(l -> l.guardianId() == uncle)
                    .singleElement().satisfies(l -> assertThat(l.mayRepresent()).isFalse());

            LinkReviewRow row = toReview().stream().filter(r -> r.pupilId() == pupilId).findFirst().orElseThrow();
            assertThat(row.guardianId()).isEqualTo(uncle);
            assertThat(row.relationship()).isEqualTo(Relationship.OTHER_CONTACT);
            assertThat(row.pupilHasRepresentative()).isTrue();
            assertThat(guardians.countLinksToReview()).isPositive();
            // Reading or deciding is for administrators only.
            assertThatThrownBy(() -> as(users, "dpo", () -> guardians.linksToReview(PageRequest.of(0, 10))))
                    .isInstanceOf(AccessDeniedException.class);

            guardians.reviewLink(row.linkId(), Relationship.GRANDPARENT);
            assertThat(toReview()).noneMatch(r -> r.linkId() == row.linkId());
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'GUARDIAN_LINK_REVIEWED'"
                    + " and subject_kind = 'PUPIL' and subject_id = ?", Integer.class, pupilId)).isEqualTo(1);
            status.setRollbackOnly();
        });
    }

    private List<LinkReviewRow> toReview() {
        List<LinkReviewRow> all = new ArrayList<>();
        Slice<LinkReviewRow> page = guardians.linksToReview(PageRequest.of(0, 200));
        all.addAll(page.getContent());
        while (page.hasNext()) {
            page = guardians.linksToReview(page.nextPageable());
            all.addAll(page.getContent());
        }
        return all;
    }

    /** The SQL statements of the migration's changeset, as Liquibase runs them. */
    @SuppressWarnings("unchecked")
    private static List<String> migrationStatements() {
        try (InputStream in = RepresentativesIT.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            Map<String, Object> root = new Yaml().load(in);
            List<String> sql = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("databaseChangeLog")) {
                Map<String, Object> changeSet = (Map<String, Object>) entry.get("changeSet");
                for (Map<String, Object> change : (List<Map<String, Object>>) changeSet.get("changes")) {
                    if (change.get("sql") instanceof Map<?, ?> statement) {
                        sql.add(String.valueOf(statement.get("sql")));
                    }
                }
            }
            return sql;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
