package be.classeur.people;

import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.audit.PersonalDataAccessed;
import be.classeur.kernel.audit.PersonalDataChanged;
import be.classeur.people.domain.Person;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** What every person service does on a write: validate, check the version, stamp times, audit; and audits a detail read. */
@Component
class PersonWrites {
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonWrites(Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** Records that {@code subject}'s detail was viewed, in the caller's transaction, and hands the detail back. */
    <D> D viewed(D detail, DataSubjectRef subject) {
        events.publishEvent(PersonalDataAccessed.viewed(subject));
        return detail;
    }

    <T> void validate(T bean) {
        if (bean instanceof Person person) {
            // Before any other rule, so that the reason given is the real one.
            requireNotAnonymised(person);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** The caller's copy must be the current one; otherwise somebody else saved in between. */
    void requireVersion(Person current, long expectedVersion) {
        if (current.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(current.getClass(), current.getId());
        }
    }

    /**
     * A restricted record (art. 18) is kept, not worked on: an administrator may not change it. The privacy officer
     * rectifies it within the request, through {@link RectificationService}, which does not pass here.
     */
    void requireNotRestricted(Person stored) {
        if (stored.isRestricted()) {
            throw new BusinessRuleException("people.restricted.error.edit", stored.fullName().strip());
        }
    }

    /**
     * Whether the administrator may work on this record at all (archive, restore, record a contact, link or unlink):
     * not once erased, nor while restricted (art. 18(2)).
     */
    void requireWritable(Person stored) {
        requireNotAnonymised(stored);
        requireNotRestricted(stored);
    }

    /** Every write of a person record passes here: an erased (anonymised) record is refused, whatever the path. */
    void stamp(Person person) {
        requireNotAnonymised(person);
        person.touch(now());
    }

    void requireNotAnonymised(Person person) {
        if (person != null && person.isAnonymised()) {
            throw new BusinessRuleException("people.error.anonymised");
        }
    }

    void changed(DataSubjectRef subject, String action, String detail) {
        events.publishEvent(new PersonalDataChanged(subject, action, detail));
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
