package be.classeur.people;

import be.classeur.kernel.Actors;
import be.classeur.kernel.BusinessRuleException;
import be.classeur.kernel.DataSubjectRef;
import be.classeur.people.domain.ContactEvent;
import be.classeur.people.domain.ContactEventRepository;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.TrainerRepository;
import jakarta.persistence.EntityNotFoundException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contact history: each recorded contact moves the person's last-contact date, which retention counts from. */
@Service
@Transactional(readOnly = true)
public class ContactService {
    private final ContactEventRepository contacts;
    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;
    private final PersonWrites writes;

    ContactService(ContactEventRepository contacts, PupilRepository pupils, GuardianRepository guardians,
                   TrainerRepository trainers, PersonWrites writes) {
        this.contacts = contacts;
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.writes = writes;
    }

    /** Records a contact on {@code day} (today or earlier) and moves the person's last-contact date. */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public ContactRow record(DataSubjectRef person, ContactKind kind, LocalDate day, String note) {
        if (day == null || day.isAfter(writes.today())) {
            throw new BusinessRuleException("people.contact.error.future");
        }
        if (note != null && note.length() > 1000) {
            throw new BusinessRuleException("validation.size");
        }
        if (kind == ContactKind.END_OF_COLLABORATION && person.kind() != be.classeur.kernel.PersonKind.TRAINER) {
            throw new BusinessRuleException("people.contact.error.endOfCollaborationTrainersOnly");
        }
        Person target = find(person).orElseThrow(() -> new EntityNotFoundException(person.toString()));
        writes.requireWritable(target);
        target.recordContactOn(day);
        ContactEvent event = contacts.save(new ContactEvent(person.kind(), person.id(), kind, day, note, Actors.current(), writes.now()));
        writes.changed(person, "CONTACT_RECORDED", kind.name());
        return ContactRow.of(event);
    }

    /** A person's contacts, newest first, page by page. */
    @PreAuthorize(PeopleAccess.READ)
    public Slice<ContactRow> history(DataSubjectRef person, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("id")));
        return contacts.findByPersonKindAndPersonId(person.kind(), person.id(), page).map(ContactRow::of);
    }

    private Optional<? extends Person> find(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> pupils.findById(person.id());
            case GUARDIAN -> guardians.findById(person.id());
            case TRAINER -> trainers.findById(person.id());
        };
    }
}
