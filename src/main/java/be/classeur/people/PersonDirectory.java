package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.PersonKind;
import be.classeur.kernel.TaughtPupils;
import be.classeur.kernel.TeachingColleagues;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.TrainerRepository;
import be.classeur.kernel.Pages;
import be.classeur.people.domain.GuardianLink;
import be.classeur.people.domain.Relationship;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks several people of any kind up at once, one query per kind, for pages that list them side by side. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {
    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;

    private static final Comparator<PupilCard> PUPILS_BY_NAME = PersonNameOrder.byName(PupilCard::lastName, PupilCard::firstName);
    private static final Comparator<TrainerName> TRAINERS_BY_NAME = PersonNameOrder.byName(TrainerName::lastName, TrainerName::firstName);

    PersonDirectory(PupilRepository pupils, GuardianRepository guardians, TrainerRepository trainers) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
    }

    /**
     * The summaries of the people referred to, in the order of the references; a person no longer in the records is
     * left out. Not audited: the caller decides whether showing the summary is a read of its own to record.
     */
    @PreAuthorize(PeopleAccess.READ)
    public List<PersonSummary> summaries(Collection<DataSubjectRef> refs) {
        Map<DataSubjectRef, PersonSummary> found = new HashMap<>();
        pupils.findAllById(ids(refs, PersonKind.PUPIL))
                .forEach(p -> found.put(DataSubjectRef.pupil(p.getId()), summary(DataSubjectRef.pupil(p.getId()), p)));
        guardians.findAllById(ids(refs, PersonKind.GUARDIAN))
                .forEach(g -> found.put(DataSubjectRef.guardian(g.getId()), summary(DataSubjectRef.guardian(g.getId()), g)));
        trainers.findAllById(ids(refs, PersonKind.TRAINER))
                .forEach(t -> found.put(DataSubjectRef.trainer(t.getId()), summary(DataSubjectRef.trainer(t.getId()), t)));
        List<PersonSummary> summaries = new ArrayList<>();
        for (DataSubjectRef ref : refs) {
            PersonSummary summary = found.get(ref);
            if (summary != null) {
                summaries.add(summary);
            }
        }
        return summaries;
    }

    /**
     * The cards of these pupils, in name order; a pupil no longer in the records is left out. For administrators and
     * privacy officers, and for a trainer when every pupil is in a group they teach today. Not audited: the caller
     * records the read it shows (a roster writes one line per pupil).
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER') or @" + TaughtPupils.BEAN
            + ".areCurrentlyTaughtByCurrentTrainer(#pupilIds)")
    public List<PupilCard> pupils(Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return pupils.findWithSubjects(Set.copyOf(pupilIds)).stream()
                .map(p -> new PupilCard(p.getId(), p.getFirstName(), p.getLastName(), p.getSchoolYear(),
                        p.getSubjects().stream().map(Subject::getName).sorted().toList(), p.isRestricted()))
                .sorted(PUPILS_BY_NAME)
                .toList();
    }

    /**
     * The names of these trainers, in name order; a trainer no longer in the records is left out. For administrators
     * and privacy officers, and for a trainer asking for the trainers they share a group with.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER') or @" + TeachingColleagues.BEAN
            + ".areColleaguesOfCurrentTrainer(#trainerIds)")
    public List<TrainerName> trainers(Collection<Long> trainerIds) {
        if (trainerIds.isEmpty()) {
            return List.of();
        }
        return trainers.findAllById(Set.copyOf(trainerIds)).stream()
                .map(t -> new TrainerName(t.getId(), t.getFirstName(), t.getLastName()))
                .sorted(TRAINERS_BY_NAME)
                .toList();
    }

    /** The active trainers in name order, for pickers (a few dozen; bounded all the same). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<TrainerName> activeTrainers() {
        return trainers.findTop500ByArchivedFalseOrderByLastNameAscFirstNameAsc().stream()
                .map(t -> new TrainerName(t.getId(), t.getFirstName(), t.getLastName()))
                .sorted(TRAINERS_BY_NAME)
                .toList();
    }

    /** How to reach a person: the e-mail and the postal address (one line per part) on their record. */
    public record ReplyContact(String email, String postalAddress) {
    }

    /**
     * The e-mail and postal address on the person's record, for the reply to a rights request when the record is
     * about to be erased. Empty when the person is no longer in the records. Not audited: the erasure it precedes is.
     */
    @PreAuthorize(PeopleAccess.READ)
    public java.util.Optional<ReplyContact> contactForReply(DataSubjectRef ref) {
        java.util.Optional<? extends Person> person = switch (ref.kind()) {
            case PUPIL -> pupils.findById(ref.id());
            case GUARDIAN -> guardians.findById(ref.id());
            case TRAINER -> trainers.findById(ref.id());
        };
        return person.map(p -> {
            String cityLine = java.util.stream.Stream.of(p.getPostalCode(), p.getCity())
                    .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" "));
            String address = java.util.stream.Stream.of(p.fullName().strip(), p.getStreet(), cityLine,
                            "BE".equals(p.getCountry()) ? null : p.getCountry())
                    .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
            boolean hasAddress = p.getStreet() != null && !p.getStreet().isBlank() && !cityLine.isBlank();
            return new ReplyContact(p.getEmail(), hasAddress ? address : null);
        });
    }

    /**
     * The person's name, birth date and whether their record may be worked on, for modules that record something
     * about them (the consent ledger). Empty when the person is not in the records. Not audited.
     */
    @PreAuthorize(PeopleAccess.READ)
    public java.util.Optional<PersonStanding> standing(DataSubjectRef ref) {
        java.util.Optional<? extends Person> person = switch (ref.kind()) {
            case PUPIL -> pupils.findById(ref.id());
            case GUARDIAN -> guardians.findById(ref.id());
            case TRAINER -> trainers.findById(ref.id());
        };
        return person.map(p -> new PersonStanding(ref, p.fullName().strip(),
                p instanceof Pupil pupil ? pupil.getBirthDate() : null, p.isArchived(), p.isRestricted(),
                p.isAnonymised(), p.getEmail() != null && !p.getEmail().isBlank()));
    }

    /**
     * One page of the people of one kind who may be written to by e-mail: active, not restricted (art. 18), not
     * erased, with an e-mail address; optionally narrowed by name, e-mail or phone. Of those, only the ids in
     * {@code only} or (with {@code orFamily}) the families already known (every pupil, and every guardian linked to
     * a pupil; never a trainer), and never the ids in {@code except}. All filtered in SQL: the caller (the consent
     * ledger) decides who consented or objected; people never knows why.
     */
    @PreAuthorize(PeopleAccess.READ)
    public Slice<PersonRow> reachableByEmail(PersonKind kind, @Nullable String text, Set<Long> only, boolean orFamily,
                                             Set<Long> except, Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, Set.of("lastName", "firstName"), REACHABLE_SORT, "id");
        return switch (kind) {
            case PUPIL -> pupils.findBy(reachable(kind, text, only, orFamily, except), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
            case GUARDIAN -> guardians.findBy(reachable(kind, text, only, orFamily, except), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
            case TRAINER -> trainers.findBy(reachable(kind, text, only, orFamily, except), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
        };
    }

    private static final Sort REACHABLE_SORT = Sort.by("lastName", "firstName");

    private static <T extends Person> Specification<T> reachable(PersonKind kind, @Nullable String text, Set<Long> only,
                                                                 boolean orFamily, Set<Long> except) {
        Specification<T> included = (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (!only.isEmpty()) {
                any.add(root.get("id").in(only));
            }
            if (orFamily && kind == PersonKind.PUPIL) {
                any.add(cb.conjunction());
            } else if (orFamily && kind == PersonKind.GUARDIAN) {
                Subquery<Long> linked = query.subquery(Long.class);
                Root<GuardianLink> link = linked.from(GuardianLink.class);
                // A parent or legal guardian of a pupil: the family is a customer; a contact-only link is not.
                linked.select(link.get("id")).where(cb.equal(link.get("guardian").get("id"), root.get("id")),
                        link.get("relationship").in(Relationship.representatives()));
                any.add(cb.exists(linked));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
        return Specification.allOf(
                PersonSpecifications.<T>matching(text),
                PersonSpecifications.<T>archived(ArchiveFilter.ACTIVE),
                (root, query, cb) -> cb.isFalse(root.get("restricted")),
                (root, query, cb) -> cb.isNull(root.get("anonymisedAt")),
                (root, query, cb) -> cb.and(cb.isNotNull(root.get("email")), cb.notEqual(root.get("email"), "")),
                included,
                (root, query, cb) -> except.isEmpty() ? cb.conjunction() : cb.not(root.get("id").in(except)));

    }

    /**
     * How many records of each kind have their processing restricted (art. 18), archived ones included: count queries
     * with the rule of the lists they open ({@link PersonLocations#restricted(PersonKind)}). No personal data.
     */
    @PreAuthorize(PeopleAccess.READ)
    public Map<PersonKind, Long> countRestricted() {
        Map<PersonKind, Long> counts = new java.util.EnumMap<>(PersonKind.class);
        counts.put(PersonKind.PUPIL, pupils.count(PersonSpecifications.restricted()));
        counts.put(PersonKind.GUARDIAN, guardians.count(PersonSpecifications.restricted()));
        counts.put(PersonKind.TRAINER, trainers.count(PersonSpecifications.restricted()));
        return counts;
    }

    /** The e-mail address and phone number on a person's record, either may be null. */
    public record ContactPoints(@org.jspecify.annotations.Nullable String email, @org.jspecify.annotations.Nullable String phone) {
    }

    /**
     * The e-mail address and phone number on the person's record; empty when the person is no longer in the records.
     * For the suppression list (consent), which hashes them when the person is erased (also by the retention purge, a
     * system job) and checks them when they change. Not audited: the write or the erasure it follows or precedes is.
     */
    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_OFFICER') or (" + be.classeur.kernel.SystemJob.ONLY
            + be.classeur.kernel.SystemJob.RETENTION_PURGE + "')")
    public java.util.Optional<ContactPoints> contactPoints(DataSubjectRef ref) {
        java.util.Optional<? extends Person> person = switch (ref.kind()) {
            case PUPIL -> pupils.findById(ref.id());
            case GUARDIAN -> guardians.findById(ref.id());
            case TRAINER -> trainers.findById(ref.id());
        };
        return person.map(p -> new ContactPoints(p.getEmail(), p.getPhone()));
    }

    private static Set<Long> ids(Collection<DataSubjectRef> refs, PersonKind kind) {
        return refs.stream().filter(r -> r.kind() == kind).map(DataSubjectRef::id).collect(Collectors.toSet());
    }

    private static PersonSummary summary(DataSubjectRef ref, Person person) {
        return new PersonSummary(ref, person.getFirstName() + " " + person.getLastName(),
                person instanceof Pupil pupil ? pupil.getBirthDate() : null, person.getEmail(), person.getPhone());
    }
}
