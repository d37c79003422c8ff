package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.Pages;
import be.classeur.kernel.PersonKind;
import be.classeur.people.domain.GuardianRepository;
import be.classeur.people.domain.Person;
import be.classeur.people.domain.PupilRepository;
import be.classeur.people.domain.TrainerRepository;
import jakarta.persistence.EntityNotFoundException;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objection to news about activities and withdrawal of consent to it, recorded on the person until the consent
 * ledger exists (it will take these records over). Also answers the one question a mailing must ask first: who
 * may receive activity news — nobody archived, nobody whose processing is restricted (art. 18), nobody who objected.
 */
@Service
@Transactional(readOnly = true)
public class NewsObjectionService {
    static final String WRITE = "hasAnyRole('ADMIN','PRIVACY_OFFICER')";
    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    private final PupilRepository pupils;
    private final GuardianRepository guardians;
    private final TrainerRepository trainers;
    private final PersonWrites writes;

    NewsObjectionService(PupilRepository pupils, GuardianRepository guardians, TrainerRepository trainers,
                         PersonWrites writes) {
        this.pupils = pupils;
        this.guardians = guardians;
        this.trainers = trainers;
        this.writes = writes;
    }

    /**
     * Records, from today, that the person objects to news about activities, for a rights request or (with
     * {@code requestId} null) as the person told us directly. An earlier objection keeps its date and origin.
     *
     * @return whether this call recorded it (false: the person already objected)
     */
    @PreAuthorize(WRITE)
    @Transactional
    public boolean recordObjection(DataSubjectRef person, Long requestId) {
        Person stored = find(person);
        if (!stored.objectToNews(writes.today(), requestId)) {
            return false;
        }
        writes.stamp(stored);
        writes.changed(person, "NEWS_OBJECTION_RECORDED", requestId == null ? "told directly" : "request " + requestId);
        return true;
    }

    /**
     * The person accepts news about activities again.
     *
     * @return whether there was an objection to withdraw
     */
    @PreAuthorize(WRITE)
    @Transactional
    public boolean withdrawObjection(DataSubjectRef person) {
        Person stored = find(person);
        if (!stored.withdrawNewsObjection()) {
            return false;
        }
        writes.stamp(stored);
        writes.changed(person, "NEWS_OBJECTION_WITHDRAWN", null);
        return true;
    }

    /**
     * One page of the people of one kind who may receive news about activities: active, not restricted, no
     * objection; optionally narrowed by name, e-mail or phone. The place every future mailing starts from.
     */
    @PreAuthorize(PeopleAccess.READ)
    public Slice<PersonRow> mayReceiveActivityNews(PersonKind kind, String text, Pageable pageable) {
        Pageable page = Pages.allowSort(pageable, Set.of("lastName", "firstName"), DEFAULT_SORT, "id");
        return switch (kind) {
            case PUPIL -> pupils.findBy(newsRecipients(text), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
            case GUARDIAN -> guardians.findBy(newsRecipients(text), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
            case TRAINER -> trainers.findBy(newsRecipients(text), q -> q.sortBy(page.getSort()).slice(page)).map(GuardianService::row);
        };
    }

    private static <T extends Person> Specification<T> newsRecipients(String text) {
        return Specification.allOf(
                PersonSpecifications.<T>matching(text),
                PersonSpecifications.<T>archived(ArchiveFilter.ACTIVE),
                (root, query, cb) -> cb.isFalse(root.get("restricted")),
                (root, query, cb) -> cb.isNull(root.get("newsObjectionOn")));
    }

    private Person find(DataSubjectRef person) {
        return switch (person.kind()) {
            case PUPIL -> pupils.findById(person.id()).orElseThrow(() -> notFound(person));
            case GUARDIAN -> guardians.findById(person.id()).orElseThrow(() -> notFound(person));
            case TRAINER -> trainers.findById(person.id()).orElseThrow(() -> notFound(person));
        };
    }

    private static EntityNotFoundException notFound(DataSubjectRef person) {
        return new EntityNotFoundException(person.kind() + " " + person.id());
    }
}
