package be.classeur.courses;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.classeur.accounts.AccountService;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonalDataHandler;
import be.classeur.people.CatalogueService;
import be.classeur.people.GuardianService;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilCard;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerName;
import be.classeur.people.TrainerService;
import be.classeur.privacy.RequestIntake;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.privacy.SubjectRightsService;
import be.classeur.privacy.domain.RequestChannel;
import be.classeur.privacy.domain.Right;
import be.classeur.support.Classrooms;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trainer's roster on the real services, database and security: the guardian contact is the first one in the
 * administrator's order who may be contacted, or none ("contact the office"), read through the people module in one
 * query; each pupil shown is an audit line naming the role, which the pupil's access export lists.
 */
@SpringBootTest
@WithUserDetails("admin")
class TrainerRosterIT {
    @Autowired
    UserDetailsService users;
    @Autowired
    PupilService pupils;
    @Autowired
    GuardianService guardians;
    @Autowired
    TrainerService trainers;
    @Autowired
    CourseGroupService groups;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    PeriodService periods;
    @Autowired
    CatalogueService catalogues;
    @Autowired
    AccountService accounts;
    @Autowired
    RequestIntakeService requestIntake;
    @Autowired
    RequestWorkflowService requestWorkflow;
    @Autowired
    SubjectRightsService subjectRights;
    @Autowired
    List<PersonalDataHandler> handlers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;
    @Autowired
    be.classeur.people.PersonDirectory people;

    Classrooms classrooms;
    String trainerLogin;
    long trainerId;
    long groupId;

    @BeforeEach
    void aTrainerWithAnAccountAndAGroup() {
        classrooms = new Classrooms(users, pupils, trainers, groups, enrolments, periods, catalogues, accounts, clock);
        trainerId = classrooms.trainer();
        trainerLogin = classrooms.accountFor(trainerId);
        groupId = classrooms.group(GroupStatus.RUNNING, trainerId);
    }

    private Map<String, String> phonesOnTheRoster() {
        return as(users, trainerLogin, () -> groups.teachingRoster(groupId)).stream()
                .collect(java.util.stream.Collectors.toMap(RosterLine::firstName,
                        line -> line.guardianPhone() == null ? "contact the office" : line.guardianPhone()));
    }

    private void asPrivacyOfficer(Runnable work) {
        as(users, "dpo", () -> {
            work.run();
            return null;
        });
    }

    private void restrict(DataSubjectRef person) {
        asPrivacyOfficer(() -> handlers.forEach(h -> h.restrict(person, true)));
    }

    private void erase(DataSubjectRef person) {
        asPrivacyOfficer(() -> handlers.forEach(h -> h.anonymise(person, unique("Personne"))));
    }

    private static long guardianId(List<LinkRow> links, int index) {
        return links.get(index).guardianId();
    }

    @Test
    void theRosterSkipsRestrictedArchivedAndErasedGuardiansAndFollowsTheAdministratorsOrder() {
        long pupil = classrooms.pupil("Alma",
                Classrooms.guardian("Efface", "0470 11 11 10"),
                Classrooms.guardian("Limite", "0470 11 11 11"),
                Classrooms.guardian("Archive", "0470 11 11 12"),
                Classrooms.guardian("Troisieme", "0470 11 11 13"),
                Classrooms.guardian("Quatrieme", "0470 11 11 14"));
        classrooms.enrol(groupId, pupil);
        List<LinkRow> links = classrooms.links(pupil);
        assertThat(links).extracting(l -> l.guardianName().split(" ")[0])
                .as("the links come back in the order they were given")
                .containsExactly("Efface", "Limite", "Archive", "Troisieme", "Quatrieme");
        assertThat(phonesOnTheRoster()).containsEntry("Alma", links.get(0).guardianPhone());

        erase(DataSubjectRef.guardian(guardianId(links, 0)));
        assertThat(phonesOnTheRoster()).containsEntry("Alma", links.get(1).guardianPhone());
        restrict(DataSubjectRef.guardian(guardianId(links, 1)));
        assertThat(phonesOnTheRoster()).containsEntry("Alma", links.get(2).guardianPhone());
        long archived = guardianId(links, 2);
        as(users, "admin", () -> {
            guardians.archive(archived, guardians.forEdit(archived).getVersion());
            return null;
        });
        assertThat(phonesOnTheRoster()).as("restricted, archived and erased guardians are skipped")
                .containsEntry("Alma", links.get(3).guardianPhone());

        // The administrator puts the fourth guardian first: the roster follows the order, not names or ids.
        classrooms.reorder(pupil, List.of(guardianId(links, 4), guardianId(links, 1), guardianId(links, 2), guardianId(links, 3)));
        assertThat(classrooms.links(pupil)).extracting(LinkRow::guardianId)
                .containsExactly(guardianId(links, 4), guardianId(links, 1), guardianId(links, 2), guardianId(links, 3));
        assertThat(phonesOnTheRoster()).containsEntry("Alma", links.get(4).guardianPhone());
    }

    @Test
    void aGuardianLinkedFromTheirOwnPageComesLastInTheContactOrder() {
        long pupil = classrooms.pupil("Yann", Classrooms.guardian("Premiere", "0470 21 21 20"),
                Classrooms.guardian("Deuxieme", "0470 21 21 21"));
        List<Long> before = classrooms.links(pupil).stream().map(LinkRow::guardianId).toList();
        be.classeur.people.domain.Guardian added = Classrooms.guardian("Ajoutee", "0470 21 21 22");

        long addedId = guardians.save(added, List.of(new be.classeur.people.PupilLinkDraft(pupil,
                classrooms.links(pupil).getFirst().relationship()))).getId();

        assertThat(classrooms.links(pupil)).extracting(LinkRow::guardianId).containsExactly(before.get(0), before.get(1), addedId);
    }

    @Test
    void withoutAGuardianWhoMayBeContactedTheRosterSaysToContactTheOffice() {
        long pupil = classrooms.pupil("Bruno", Classrooms.guardian("Seul", "0470 22 22 20"));
        long noPhone = classrooms.pupil("Chloe", Classrooms.guardian("SansTelephone", null));
        classrooms.enrol(groupId, pupil);
        classrooms.enrol(groupId, noPhone);
        restrict(DataSubjectRef.guardian(classrooms.links(pupil).getFirst().guardianId()));

        assertThat(as(users, trainerLogin, () -> groups.teachingRoster(groupId)))
                .extracting(RosterLine::firstName, RosterLine::guardianPhone)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bruno", null),
                        org.assertj.core.groups.Tuple.tuple("Chloe", null));
    }

    @Test
    void theRosterIsSortedByLastThenFirstNameAccentAwareAsInFrench() {
        String[][] names = {{"Zoé", "Zola"}, {"Zoé", "Émond"}, {"Ana", "Émond"}, {"Paul", "Eluard"}};
        for (String[] name : names) {
            long pupil = classrooms.pupil(name[0], Classrooms.guardian("Ordre", "0470 55 55 50"));
            jdbc.update("update pupil set last_name = ? where id = ?", name[1], pupil);
            classrooms.enrol(groupId, pupil);
        }

        // A byte order would put "Zola" before "Émond"; the French collator puts É with E.
        assertThat(as(users, trainerLogin, () -> groups.teachingRoster(groupId)))
                .extracting(RosterLine::lastName, RosterLine::firstName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Eluard", "Paul"),
                        org.assertj.core.groups.Tuple.tuple("Émond", "Ana"),
                        org.assertj.core.groups.Tuple.tuple("Émond", "Zoé"),
                        org.assertj.core.groups.Tuple.tuple("Zola", "Zoé"));
    }

    @Test
    void aTrainerReadsTheGuardianContactsOfTheirOwnPupilsOnly() {
        long mine = classrooms.pupil("Dina", Classrooms.guardian("Mien", "0470 33 33 30"));
        long notMine = classrooms.pupil("Emile", Classrooms.guardian("Autre", "0470 33 33 31"));
        classrooms.enrol(groupId, mine);

        assertThat(as(users, trainerLogin, () -> guardians.rosterContactPhones(List.of(mine)))).containsOnlyKeys(mine);
        assertThatThrownBy(() -> as(users, trainerLogin, () -> guardians.rosterContactPhones(List.of(mine, notMine))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> guardians.rosterContactPhones(List.of(mine))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTrainerLooksUpOnlyTheirOwnPupilsAndColleaguesInThePeopleDirectoryAndARefusalIsAudited() {
        long mine = classrooms.pupil("Nadia", Classrooms.guardian("Mere", "0470 66 66 60"));
        long notMine = classrooms.pupil("Oscar", Classrooms.guardian("Pere", "0470 66 66 61"));
        classrooms.enrol(groupId, mine);
        long me = trainerId;
        long colleague = classrooms.trainer();
        long stranger = classrooms.trainer();
        classrooms.group(GroupStatus.RUNNING, me, colleague);

        assertThat(as(users, trainerLogin, () -> people.pupils(List.of(mine)))).extracting(PupilCard::id).containsExactly(mine);
        assertThat(as(users, trainerLogin, () -> people.trainers(List.of(me, colleague))))
                .extracting(TrainerName::id).containsExactlyInAnyOrder(me, colleague);

        int deniedBefore = deniedLines();
        assertThatThrownBy(() -> as(users, trainerLogin, () -> people.pupils(List.of(mine, notMine))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, trainerLogin, () -> people.trainers(List.of(colleague, stranger))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(users, "formateur", () -> people.trainers(List.of(stranger))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(deniedLines()).as("each refusal is an ACCESS_DENIED audit line").isGreaterThanOrEqualTo(deniedBefore + 3);
        assertThatThrownBy(() -> as(users, trainerLogin, () -> people.activeTrainers()))
                .as("the trainer picker is for administrators").isInstanceOf(AccessDeniedException.class);
    }

    private int deniedLines() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED'", Integer.class);
    }

    @Test
    void theGuardianContactsOfAWholeRosterAreReadInOneQuery() {
        List<Long> roster = new java.util.ArrayList<>();
        for (String name : List.of("Ilse", "Jules", "Katia", "Leon")) {
            long pupil = classrooms.pupil(name, Classrooms.guardian("Premier", "0470 12 34 50"),
                    Classrooms.guardian("Second", "0470 12 34 51"));
            classrooms.enrol(groupId, pupil);
            roster.add(pupil);
        }
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            as(users, trainerLogin, () -> guardians.rosterContactPhones(roster.subList(0, 1)));
            long forOne = statistics.getPrepareStatementCount();
            statistics.clear();
            Map<Long, String> phones = as(users, trainerLogin, () -> guardians.rosterContactPhones(roster));
            long forFour = statistics.getPrepareStatementCount();

            assertThat(phones).containsOnlyKeys(roster);
            // Signing in (the account and its roles), the access check and the contacts: the same for one pupil or four.
            assertThat(forFour).as("statements for four pupils").isEqualTo(forOne).isLessThanOrEqualTo(4);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void eachPupilShownIsAnAuditLineWithTheRoleThatTheirAccessExportLists() {
        long first = classrooms.pupil("Fanny", Classrooms.guardian("Mere", "0470 44 44 40"));
        long second = classrooms.pupil("Gaspard", Classrooms.guardian("Pere", "0470 44 44 41"));
        long restricted = classrooms.pupil("Hugo", Classrooms.guardian("Tante", "0470 44 44 42"));
        for (long pupil : List.of(first, second, restricted)) {
            classrooms.enrol(groupId, pupil);
        }
        restrict(DataSubjectRef.pupil(restricted));

        assertThat(as(users, trainerLogin, () -> groups.teachingRoster(groupId))).hasSize(2);

        String sql = "select concat(actor_account_id, '|', actor_roles, '|', detail) from audit_event"
                + " where action = 'ROSTER_VIEWED' and subject_kind = 'PUPIL' and subject_id = ?";
        String expected = jdbc.queryForObject("select id from user_account where username = ?", Long.class, trainerLogin) + "|TRAINER|roster of course group " + groupId + ", seen as TRAINER";
        assertThat(jdbc.queryForList(sql, String.class, first)).containsExactly(expected);
        assertThat(jdbc.queryForList(sql, String.class, second)).containsExactly(expected);
        assertThat(jdbc.queryForList(sql, String.class, restricted)).as("a restricted pupil is not shown").isEmpty();

        // The guardian's access request for the child: the export lists when and in which role the roster showed them.
        LinkRow link = classrooms.links(first).getFirst();
        JsonNode export = as(users, "dpo", () -> {
            long id = requestIntake.record(new RequestIntake(Set.of(Right.ACCESS), DataSubjectRef.guardian(link.guardianId()),
                    link.guardianName(), null, List.of(first), RequestChannel.EMAIL, classrooms.today(), null));
            requestWorkflow.detail(id).covered().forEach(c -> requestIntake.confirmMatch(id, c.subjectId()));
            return JsonMapper.builder().build().readTree(subjectRights.exportFor(id).json());
        });
        JsonNode child = null;
        for (JsonNode subject : export.get("subjects")) {
            if ("PUPIL".equals(subject.get("kind").asString())) {
                child = subject;
            }
        }
        assertThat(child).isNotNull();
        List<String> rosterLines = new java.util.ArrayList<>();
        for (JsonNode line : child.get("parts").get("audit").get("auditLines")) {
            if ("ROSTER_VIEWED".equals(line.get("action").asString())) {
                assertThat(line.has("detail")).as("no free text that could name staff").isFalse();
                rosterLines.add(line.get("occurredAt").asString() + " " + line.get("actorRoles").asString());
            }
        }
        assertThat(rosterLines).singleElement().asString()
                .startsWith(classrooms.today().toString()).endsWith(" formateur·rice");
    }
}
