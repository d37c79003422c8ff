package be.classeur.people;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.validation.PhoneNumbers;
import be.classeur.people.domain.Guardian;
import be.classeur.people.domain.GuardianLinkRepository;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.Pupil;
import be.classeur.people.domain.Relationship;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.School;
import be.classeur.people.domain.SchoolRepository;
import be.classeur.people.domain.Subject;
import be.classeur.people.domain.SubjectRepository;
import be.classeur.people.domain.Trainer;
import be.classeur.people.domain.TrainerRepository;
import jakarta.persistence.EntityNotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification (GDPR art. 16) of a pupil's, guardian's or trainer's record for a rights request. This is the one
 * people write the privacy officer may make: the person's own fields only (links, archiving and the restriction flag
 * stay as they are), with the optimistic lock, an audit line naming the changed fields (never their values) and a
 * {@link PersonRectified} event that the privacy module turns into a line of the request's history.
 */
@Service
@Transactional(readOnly = true)
public class RectificationService {
    static final String ACCESS = "hasRole('PRIVACY_OFFICER')";

    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;
    private final GuardianLinkRepository links;
    private final SchoolRepository schools;
    private final SubjectRepository subjects;
    private final PersonWrites writes;
    private final ApplicationEventPublisher events;

    RectificationService(PupilRepository pupils, GuardianRepository guardians, TrainerRepository trainers,
                         GuardianLinkRepository links, SchoolRepository schools, SubjectRepository subjects,
                         PersonWrites writes, ApplicationEventPublisher events) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.links = links;
        this.schools = schools;
        this.subjects = subjects;
        this.writes = writes;
        this.events = events;
    }

    /** The record as stored (school and subjects loaded), ready for the form in rectification mode. */
    @PreAuthorize(ACCESS)
    public Person forRectification(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> pupils.findForEdit(person.id()).orElseThrow(() -> notFound(person));
            case GUARDIAN -> guardians.findById(person.id()).orElseThrow(() -> notFound(person));
            case TRAINER -> trainers.findForEdit(person.id()).orElseThrow(() -> notFound(person));
        };
    }

    /**
     * Copies the edited fields of {@code edited} (the form's copy) onto the stored record, for request
     * {@code requestId}. Refused: a stale copy (optimistic lock), invalid values, a minor left without guardian,
     * nothing changed, and, by the privacy module's listener, a request that does not ask for rectification.
     *
     * @return the names of the fields that changed
     */
    @PreAuthorize(ACCESS)
    @Transactional
    public List<String> rectify(Person edited, long requestId) {
        if (edited.getId() == null) {
            throw new IllegalArgumentException("Only a stored person can be rectified");
        }
        DataSubjectRef ref = refOf(edited);
        Person stored = forRectification(ref);
        writes.requireVersion(stored, edited.getVersion());
        edited.setPhone(PhoneNumbers.normalise(edited.getPhone()));
        List<String> changed = new ArrayList<>();
        copy(changed, "firstName", edited, stored, Person::getFirstName, Person::setFirstName);
        copy(changed, "lastName", edited, stored, Person::getLastName, Person::setLastName);
        copy(changed, "email", edited, stored, Person::getEmail, Person::setEmail);
        copy(changed, "phone", edited, stored, Person::getPhone, Person::setPhone);
        copy(changed, "street", edited, stored, Person::getStreet, Person::setStreet);
        copy(changed, "postalCode", edited, stored, Person::getPostalCode, Person::setPostalCode);
        copy(changed, "city", edited, stored, Person::getCity, Person::setCity);
        copy(changed, "country", edited, stored, Person::getCountry, Person::setCountry);
        copy(changed, "notes", edited, stored, Person::getNotes, Person::setNotes);
        if (stored instanceof Pupil pupil && edited instanceof Pupil draft) {
            copy(changed, "birthDate", draft, pupil, Pupil::getBirthDate, Pupil::setBirthDate);
            copy(changed, "schoolYear", draft, pupil, Pupil::getSchoolYear, Pupil::setSchoolYear);
            if (!Objects.equals(idOf(draft.getSchool()), idOf(pupil.getSchool()))) {
                changed.add("school");
                pupil.setSchool(draft.getSchool() == null ? null : schools.getReferenceById(draft.getSchool().getId()));
            }
            copy(changed, "stage", draft, pupil, Pupil::getStage, Pupil::setStage);
            copy(changed, "dataSource", draft, pupil, Pupil::getDataSource, Pupil::setDataSource);
            copySubjects(changed, draft.getSubjects(), pupil.getSubjects(), pupil::setSubjects);
        } else if (stored instanceof Trainer trainer && edited instanceof Trainer draft) {
            copy(changed, "availability", draft, trainer, Trainer::getAvailability, Trainer::setAvailability);
            copy(changed, "agreementSignedOn", draft, trainer, Trainer::getAgreementSignedOn, Trainer::setAgreementSignedOn);
            copySubjects(changed, draft.getSubjects(), trainer.getSubjects(), trainer::setSubjects);
        }
        if (changed.isEmpty()) {
            throw new BusinessRuleException("people.rectification.error.nothingChanged");
        }
        writes.validate(stored);
        // Checked when the age facts change: a rectification of anything else is not held up by the links.
        if (stored instanceof Pupil pupil && (changed.contains("birthDate") || changed.contains("schoolYear"))
                && pupil.needsRepresentativeOn(writes.today())
                && links.countRepresentatives(pupil.getId(), Relationship.representatives(), 0L) == 0) {
            throw new BusinessRuleException("people.pupil.error.minorWithoutGuardian");
        }
        writes.stamp(stored);
        switch (stored) {
            case Pupil pupil -> pupils.saveAndFlush(pupil);
            case Trainer trainer -> trainers.saveAndFlush(trainer);
            case Guardian guardian -> guardians.saveAndFlush(guardian);
            default -> throw new IllegalStateException("Unknown person type " + stored.getClass());
        }
        writes.changed(ref, "RECTIFIED", "rectification for request " + requestId + ": " + String.join(", ", changed));
        events.publishEvent(new PersonRectified(ref, requestId, changed));
        return List.copyOf(changed);
    }

    private static <P extends Person, V> void copy(List<String> changed, String field, P from, P to,
                                                   Function<P, V> getter, BiConsumer<P, V> setter) {
        // Both copies went through the same setters (trimmed, blank as null), so equal values compare equal.
        V wanted = getter.apply(from);
        if (!Objects.equals(wanted, getter.apply(to))) {
            setter.accept(to, wanted);
            changed.add(field);
        }
    }

    private void copySubjects(List<String> changed, Set<Subject> wanted, Set<Subject> current,
                              Consumer<Set<Subject>> setter) {
        Set<Long> wantedIds = wanted.stream().map(Subject::getId).collect(Collectors.toSet());
        Set<Long> currentIds = current.stream().map(Subject::getId).collect(Collectors.toSet());
        if (!wantedIds.equals(currentIds)) {
            changed.add("subjects");
            setter.accept(new HashSet<>(subjects.findAllById(wantedIds)));
        }
    }

    private static Long idOf(School school) {
        return school == null ? null : school.getId();
    }

    private static DataSubjectRef refOf(Person person) {
        return switch (person) {
            case Pupil p -> DataSubjectRef.pupil(p.getId());
            case Trainer t -> DataSubjectRef.trainer(t.getId());
            case Guardian g -> DataSubjectRef.guardian(g.getId());
            default -> throw new IllegalArgumentException("Unknown person type " + person.getClass());
        };
    }

    private static EntityNotFoundException notFound(DataSubjectRef person) {
        return new EntityNotFoundException(person.kind() + " " + person.id());
    }
}
