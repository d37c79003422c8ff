package be.classeur.support;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;

import be.classeur.accounts.AccountService;
import be.classeur.accounts.Role;
import be.classeur.accounts.UserAccount;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.courses.domain.CourseGroup;
import be.classeur.courses.domain.GroupStatus;
import be.classeur.courses.domain.Period;
import be.classeur.courses.domain.PeriodKind;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.LinkRow;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.Trainer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Trainers (with or without an account), groups, pupils with guardians in a chosen order, and enrolments, each with
 * unique names, created as the demo administrator through the real services. For tests of the trainer's roster and
 * of what trainers are told.
 */
public final class Classrooms {
    private final UserDetailsService users;
    private final PupilService pupils;
    private final TrainerService trainers;
    private final CourseGroupService groups;
    private final EnrolmentService enrolments;
    private final PeriodService periods;
    private final CatalogueService catalogues;
    private final AccountService accounts;
    private final Clock clock;

    public Classrooms(UserDetailsService users, PupilService pupils, TrainerService trainers, CourseGroupService groups,
                      EnrolmentService enrolments, PeriodService periods, CatalogueService catalogues,
                      AccountService accounts, Clock clock) {
        this.users = users;
        this.pupils = pupils;
        this.trainers = trainers;
        this.groups = groups;
        this.enrolments = enrolments;
        this.periods = periods;
        this.catalogues = catalogues;
        this.accounts = accounts;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public long trainer() {
        return as(users, "admin", () -> {
            Trainer trainer = new Trainer();
            trainer.setFirstName("Théo");
            trainer.setLastName(unique("Formateur"));
            return trainers.save(trainer).getId();
        });
    }

    /** A new trainer account for that trainer; returns its login. */
    public String accountFor(long trainerId) {
        String login = unique("form").toLowerCase();
        as(users, "admin", () -> {
            UserAccount account = new UserAccount(login, "Théo " + login, Set.of(Role.TRAINER));
            account.setTrainerId(trainerId);
            return accounts.create(account, "mot-de-passe-du-test-2026");
        });
        return login;
    }

    public long group(GroupStatus status, Long... trainerIds) {
        return as(users, "admin", () -> {
            Period period = periods.save(new Period(unique("Année "), PeriodKind.SCHOOL_YEAR, today().minusMonths(2), today().plusMonths(8)));
            CourseGroup group = new CourseGroup();
            group.setName(unique("Groupe "));
            group.setSubject(catalogues.activeSubjects().getFirst());
            group.setPeriod(period);
            group.setLevels(Set.of(SchoolYear.S1, SchoolYear.S2));
            group.setCapacity(30);
            group.setStatus(status);
            Set<Trainer> teaching = new HashSet<>();
            Arrays.stream(trainerIds).forEach(id -> teaching.add(trainers.forEdit(id)));
            group.setTrainers(teaching);
            return groups.save(group).getId();
        });
    }

    public String groupName(long groupId) {
        return as(users, "admin", () -> groups.summary(groupId).name());
    }

    public static Guardian guardian(String firstName, String phone) {
        Guardian guardian = new Guardian();
        guardian.setFirstName(firstName);
        guardian.setLastName(unique("Parent"));
        guardian.setPhone(phone);
        return guardian;
    }

    /** A minor pupil with these new guardians, linked in this order. */
    public long pupil(String firstName, Guardian... guardians) {
        return as(users, "admin", () -> {
            Pupil pupil = new Pupil();
            pupil.setFirstName(firstName);
            pupil.setLastName(unique("Eleve"));
            pupil.setBirthDate(today().minusYears(11));
            List<GuardianLinkDraft> links = Arrays.stream(guardians)
                    .map(g -> GuardianLinkDraft.newGuardian(g, Relationship.MOTHER)).toList();
            return pupils.save(pupil, links).getId();
        });
    }

    /** The pupil's links in their contact order. */
    public List<LinkRow> links(long pupilId) {
        return as(users, "admin", () -> pupils.guardiansOf(pupilId));
    }

    /** Makes the pupil's guardian links exactly these existing guardians, in this contact order. */
    public void reorder(long pupilId, List<Long> guardianIds) {
        as(users, "admin", () -> pupils.save(pupils.forEdit(pupilId),
                guardianIds.stream().map(id -> GuardianLinkDraft.existing(id, Relationship.MOTHER)).toList()));
    }

    public void enrol(long groupId, long pupilId) {
        as(users, "admin", () -> enrolments.enrol(groupId, pupilId, today(), null, false));
    }
}
