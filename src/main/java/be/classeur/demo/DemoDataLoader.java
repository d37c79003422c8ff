package be.classeur.demo;

import be.classeur.accounts.DemoAccountSeeder;
import be.classeur.accounts.DemoAccounts;
import be.classeur.courses.CourseGroupService;
import be.classeur.courses.EnrolmentService;
import be.classeur.courses.PeriodService;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SchoolYear;
import be.classeur.people.CatalogueService;
import be.classeur.people.ContactService;
import be.classeur.people.GuardianLinkDraft;
import be.classeur.people.GuardianService;
import be.classeur.people.PupilService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.DataSource;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilStage;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.School;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.Trainer;
import be.classeur.privacy.LetterService;
import be.classeur.privacy.RequestIntakeService;
import be.classeur.privacy.RequestWorkflowService;
import be.classeur.retention.LegalHoldService;
import be.classeur.timetable.TimetableService;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default, fills the database with a realistic Walloon Brabant tutoring
 * organisation (families with siblings, schools, trainers) through the real services, so that every rule holds,
 * and prints the demo accounts in the log.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "classeur.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Communes of Walloon Brabant with their postal codes. */
    private static final String[][] COMMUNES = {
            {"1300", "Wavre"}, {"1301", "Bierges"}, {"1310", "La Hulpe"}, {"1330", "Rixensart"}, {"1332", "Genval"},
            {"1340", "Ottignies"}, {"1348", "Louvain-la-Neuve"}, {"1360", "Perwez"}, {"1370", "Jodoigne"},
            {"1380", "Lasne"}, {"1390", "Grez-Doiceau"}, {"1400", "Nivelles"}, {"1410", "Waterloo"},
            {"1420", "Braine-l’Alleud"}, {"1450", "Chastre"}, {"1470", "Genappe"}, {"1480", "Tubize"},
            {"1490", "Court-Saint-Étienne"}, {"1435", "Mont-Saint-Guibert"}, {"1440", "Braine-le-Château"}};
    /** The everyday contacts the demo draws from (the same draw as before the end of collaboration existed). */
    private static final ContactKind[] ROUTINE_CONTACTS = {ContactKind.EMAIL, ContactKind.PHONE, ContactKind.MEETING, ContactKind.ENROLMENT};
    private static final String[] STREETS = {"rue de la Station", "avenue des Combattants", "rue du Moulin", "chaussée de Bruxelles",
            "rue de l’Église", "avenue Albert Ier", "rue des Écoles", "place communale", "rue du Château", "drève des Marronniers",
            "rue de Namur", "avenue de la Paix", "rue du Bois", "rue Haute", "clos des Lilas", "rue de Wavre"};
    private static final String[] SCHOOLS = {"Athénée royal de Rixensart|1330|Rixensart", "Collège Saint-Étienne|1490|Court-Saint-Étienne",
            "Institut de la Providence|1300|Wavre", "École communale de Genval|1332|Genval", "Collège du Biéreau|1348|Louvain-la-Neuve",
            "Athénée royal de Waterloo|1410|Waterloo", "Institut Saint-Joseph|1310|La Hulpe", "Lycée Martin V|1348|Louvain-la-Neuve",
            "École fondamentale de Limal|1300|Wavre", "Collège Sainte-Gertrude|1400|Nivelles", "Athénée royal de Jodoigne|1370|Jodoigne",
            "Institut Notre-Dame|1420|Braine-l’Alleud", "École Saint-Joseph|1390|Grez-Doiceau", "Athénée provincial de Tubize|1480|Tubize",
            "École communale d’Ottignies|1340|Ottignies", "Collège Cardinal Mercier|1420|Braine-l’Alleud"};
    private static final String[] SUBJECTS = {"Mathématiques", "Français", "Néerlandais", "Anglais", "Sciences", "Physique",
            "Chimie", "Biologie", "Histoire", "Géographie", "Latin", "Allemand", "Méthode de travail", "Économie"};
    private static final String[] MAIL_DOMAINS = {"gmail.com", "skynet.be", "proximus.be", "outlook.be", "hotmail.com", "telenet.be"};

    private final PupilService pupils;
    private final GuardianService guardians;
    private final TrainerService trainers;
    private final CatalogueService catalogues;
    private final ContactService contacts;
    private final DemoAccountSeeder accounts;
    private final CourseGroupService courseGroups;
    private final PeriodService periods;
    private final EnrolmentService enrolments;
    private final TimetableService timetable;
    private final RequestIntakeService requestIntake;
    private final RequestWorkflowService requestWorkflow;
    private final LetterService letters;
    private final LegalHoldService legalHolds;
    private final Clock clock;
    private final int pupilTarget;
    private final int guardianTarget;
    private final int trainerTarget;
    private final Random random;
    private final Faker faker;

    DemoDataLoader(PupilService pupils, GuardianService guardians, TrainerService trainers, CatalogueService catalogues,
                   ContactService contacts, DemoAccountSeeder accounts, CourseGroupService courseGroups, PeriodService periods,
                   EnrolmentService enrolments, TimetableService timetable, RequestIntakeService requestIntake, RequestWorkflowService requestWorkflow,
                   LetterService letters, LegalHoldService legalHolds, Clock clock,
                   @Value("${classeur.demo.pupils:300}") int pupilTarget,
                   @Value("${classeur.demo.guardians:250}") int guardianTarget,
                   @Value("${classeur.demo.trainers:20}") int trainerTarget,
                   @Value("${classeur.demo.seed:20261126}") long seed) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.catalogues = catalogues;
        this.contacts = contacts;
        this.accounts = accounts;
        this.courseGroups = courseGroups;
        this.periods = periods;
        this.enrolments = enrolments;
        this.timetable = timetable;
        this.requestIntake = requestIntake;
        this.requestWorkflow = requestWorkflow;
        this.letters = letters;
        this.legalHolds = legalHolds;
        this.clock = clock;
        this.pupilTarget = pupilTarget;
        this.guardianTarget = guardianTarget;
        this.trainerTarget = trainerTarget;
        this.random = new Random(seed);
        this.faker = new Faker(Locale.of("fr", "BE"), new Random(seed));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.demoAccountsExist()) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext loader = SecurityContextHolder.createEmptyContext();
            // The loader acts as an administrator and, to fill the demo queue of rights requests, as the privacy officer.
            loader.setAuthentication(new UsernamePasswordAuthenticationToken("demo-loader", null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_PRIVACY_OFFICER")));
            SecurityContextHolder.setContext(loader);
            try {
                long started = System.nanoTime();
                load();
                log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
        StringBuilder text = new StringBuilder("\n\n  Classeur demo accounts (demo only; the prod profile refuses them):\n");
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            text.append(String.format("    %-10s / %-20s %s%n", demo.username(), demo.password(), demo.roles()));
        }
        log.info(text.toString());
    }

    private void load() {
        List<Subject> subjects = new ArrayList<>();
        for (String name : SUBJECTS) {
            subjects.add(catalogues.saveSubject(new Subject(name)));
        }
        List<School> schools = new ArrayList<>();
        for (String line : SCHOOLS) {
            String[] parts = line.split("\\|");
            schools.add(catalogues.saveSchool(new School(parts[0], parts[1], parts[2])));
        }
        long firstTrainerId = 0;
        List<DemoCourses.DemoTrainer> demoTrainers = new ArrayList<>();
        List<DemoCourses.DemoPupil> demoPupils = new ArrayList<>();
        for (int i = 0; i < trainerTarget; i++) {
            Trainer trainer = new Trainer();
            fillIdentity(trainer, faker.name().lastName());
            trainer.setAvailability(pick(new String[] {"Mercredi après-midi", "Samedi matin", "Lundi et jeudi après 16 h",
                    "Stages de vacances", "Mardi soir, samedi"}));
            trainer.setAgreementSignedOn(today().minusDays(30 + random.nextInt(900)));
            trainer.setSubjects(new HashSet<>(List.of(pick(subjects), pick(subjects))));
            Set<String> taught = new HashSet<>(trainer.getSubjects().stream().map(Subject::getName).toList());
            Trainer saved = trainers.save(trainer);
            demoTrainers.add(new DemoCourses.DemoTrainer(saved, taught));
            recordContacts(DataSubjectRef.trainer(saved.getId()));
            if (i == 0) {
                firstTrainerId = saved.getId();
            }
        }
        accounts.createDemoAccounts(firstTrainerId);

        int pupilCount = 0;
        int guardianCount = 0;
        while (pupilCount < pupilTarget) {
            String familyName = faker.name().lastName();
            String[] commune = COMMUNES[random.nextInt(COMMUNES.length)];
            String street = pick(STREETS) + " " + (1 + random.nextInt(180));
            if (random.nextInt(20) == 0) {
                pupilCount += adultPupil(familyName, commune, street, subjects, demoPupils);
                continue;
            }
            List<GuardianLinkDraft> parents = new ArrayList<>();
            int guardianSlots = guardianCount < guardianTarget ? (random.nextBoolean() ? 2 : 1) : 0;
            for (int g = 0; g < guardianSlots; g++) {
                Guardian guardian = new Guardian();
                fillIdentity(guardian, g == 1 && random.nextInt(3) == 0 ? faker.name().lastName() : familyName);
                Relationship relationship = g == 0 ? Relationship.MOTHER : (random.nextInt(10) == 0 ? Relationship.LEGAL_GUARDIAN : Relationship.FATHER);
                guardian.setFirstName(relationship == Relationship.MOTHER ? faker.name().femaleFirstName() : faker.name().maleFirstName());
                guardian.setEmail(email(guardian.getFirstName(), guardian.getLastName()));
                guardian.setStreet(street);
                guardian.setPostalCode(commune[0]);
                guardian.setCity(commune[1]);
                long id = guardians.save(guardian, List.of()).getId();
                recordContacts(DataSubjectRef.guardian(id));
                parents.add(GuardianLinkDraft.existing(id, relationship));
                guardianCount++;
            }
            if (parents.isEmpty()) {
                // Guardian budget spent: siblings join an existing family instead.
                parents.add(GuardianLinkDraft.existing(1 + random.nextInt(Math.max(1, guardianCount)), Relationship.MOTHER));
            }
            int children = 1 + (random.nextInt(100) < 45 ? 0 : random.nextInt(100) < 64 ? 1 : 2);
            for (int c = 0; c < children && pupilCount < pupilTarget; c++) {
                Pupil pupil = new Pupil();
                pupil.setFirstName(faker.name().firstName());
                pupil.setLastName(familyName);
                SchoolYear year = SchoolYear.values()[random.nextInt(13)];
                pupil.setSchoolYear(year);
                pupil.setBirthDate(birthDateFor(year));
                pupil.setSchool(pick(schools));
                pupil.setStreet(street);
                pupil.setPostalCode(commune[0]);
                pupil.setCity(commune[1]);
                pupil.setStage(stage());
                pupil.setDataSource(pick(new DataSource[] {DataSource.CONTACT_FORM, DataSource.EMAIL, DataSource.PHONE, DataSource.SESSION}));
                pupil.setSubjects(Set.of(pick(subjects)));
                if (year.ordinal() >= SchoolYear.S4.ordinal() && random.nextBoolean()) {
                    pupil.setPhone(mobile());
                }
                Pupil saved = pupils.save(pupil, parents);
                recordContacts(DataSubjectRef.pupil(saved.getId()));
                demoPupils.add(new DemoCourses.DemoPupil(saved.getId(), year, pupil.getStage() == PupilStage.ENROLLED));
                pupilCount++;
            }
        }
        log.info("Demo data: {} pupils, {} guardians, {} trainers", pupilCount, guardianCount, trainerTarget);

        // Courses and timetable: the school year, an Easter holiday course, groups, slots, enrolments, two clashes.
        new DemoCourses(courseGroups, periods, enrolments, timetable, today(), random).load(demoTrainers, subjects, demoPupils);

        // The privacy officer's queue: a request in each state that matters.
        new DemoRightsRequests(requestIntake, requestWorkflow, letters, guardians, today()).load(demoTrainers.get(demoTrainers.size() - 1).trainer());

        // Retention: former pupils past and nearing their limit, one under a legal hold (dates follow the contacts).
        new DemoRetention(pupils, contacts, legalHolds, today()).load();
    }

    private int adultPupil(String familyName, String[] commune, String street, List<Subject> subjects,
                           List<DemoCourses.DemoPupil> demoPupils) {
        Pupil pupil = new Pupil();
        fillIdentity(pupil, familyName);
        pupil.setSchoolYear(random.nextBoolean() ? SchoolYear.HIGHER : SchoolYear.ADULT);
        pupil.setBirthDate(today().minusYears(19 + random.nextInt(30)).minusDays(random.nextInt(365)));
        pupil.setStreet(street);
        pupil.setPostalCode(commune[0]);
        pupil.setCity(commune[1]);
        pupil.setStage(stage());
        pupil.setDataSource(DataSource.CONTACT_FORM);
        pupil.setSubjects(new HashSet<>(List.of(pick(subjects))));
        Pupil saved = pupils.save(pupil, List.of());
        recordContacts(DataSubjectRef.pupil(saved.getId()));
        demoPupils.add(new DemoCourses.DemoPupil(saved.getId(), pupil.getSchoolYear(), pupil.getStage() == PupilStage.ENROLLED));
        return 1;
    }

    private void recordContacts(DataSubjectRef pupil) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            contacts.record(pupil, pick(ROUTINE_CONTACTS), today().minusDays(random.nextInt(700)), null);
        }
    }

    private void fillIdentity(Person person, String lastName) {
        person.setFirstName(faker.name().firstName());
        person.setLastName(lastName);
        person.setEmail(email(person.getFirstName(), lastName));
        person.setPhone(mobile());
        String[] commune = COMMUNES[random.nextInt(COMMUNES.length)];
        person.setStreet(pick(STREETS) + " " + (1 + random.nextInt(180)));
        person.setPostalCode(commune[0]);
        person.setCity(commune[1]);
    }

    /** A birth date that fits the school year: 1P pupils turn 6 in the calendar year the school year starts. */
    private LocalDate birthDateFor(SchoolYear year) {
        LocalDate today = today();
        int schoolYearStart = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        int birthYear = schoolYearStart - 6 - year.ordinal();
        return LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
    }

    private PupilStage stage() {
        int r = random.nextInt(10);
        return r < 7 ? PupilStage.ENROLLED : r < 9 ? PupilStage.INQUIRY : PupilStage.FORMER;
    }

    private String email(String firstName, String lastName) {
        String local = ascii(firstName) + "." + ascii(lastName) + (random.nextInt(4) == 0 ? String.valueOf(random.nextInt(99)) : "");
        return local + "@" + pick(MAIL_DOMAINS);
    }

    private String mobile() {
        return String.format("04%d%d %02d %02d %02d", 7 + random.nextInt(3), random.nextInt(10), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
