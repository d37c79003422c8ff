package be.classeur.people;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.validation.PhoneNumbers;
import be.classeur.people.domain.Trainer;
import be.classeur.people.domain.TrainerRepository;
import jakarta.persistence.EntityNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API for trainers. */
@Service
@Transactional(readOnly = true)
public class TrainerService {
    public static final Set<String> SORTABLE = Set.of("lastName", "firstName", "email", "phone", "city", "lastContactDate");
    private static final Sort DEFAULT_SORT = Sort.by("lastName", "firstName");

    private final TrainerRepository trainers;
    private final PersonWrites writes;

    TrainerService(TrainerRepository trainers, PersonWrites writes) {
        this.trainers = trainers;
        this.writes = writes;
    }

    @PreAuthorize(PeopleAccess.READ)
    public Slice<PersonRow> search(PersonFilter filter, Pageable pageable) {
        return PersonSpecifications.rows(trainers, filter, pageable, SORTABLE, DEFAULT_SORT);
    }

    /** The trainer with subjects loaded; the read is audited. */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional // not read-only: the audit line of this read is written in the same transaction
    public TrainerDetail detail(long id) {
        return writes.viewed(read(id), DataSubjectRef.trainer(id));
    }

    /**
     * The detail page again after the user's own action on it (save, contact, archive): not a new view of the trainer,
     * so not audited again. The page's opening was audited by {@link #detail}, the action by its own service.
     */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional(readOnly = true)
    public TrainerDetail detailAfterOwnAction(long id) {
        return read(id);
    }

    private TrainerDetail read(long id) {
        return TrainerDetail.of(trainers.findForEdit(id).orElseThrow(() -> notFound(id)));
    }

    @PreAuthorize(PeopleAccess.WRITE)
    public Trainer forEdit(long id) {
        return trainers.findForEdit(id).orElseThrow(() -> notFound(id));
    }

    /** A trainer's name, for an account screen that links a login to a trainer. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<String> nameOf(long id) {
        return trainers.findById(id).map(Trainer::fullName);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public Trainer save(Trainer trainer) {
        trainer.setPhone(PhoneNumbers.normalise(trainer.getPhone()));
        writes.validate(trainer);
        boolean created = trainer.getId() == null;
        if (!created) {
            trainers.findById(trainer.getId()).ifPresent(writes::requireNotRestricted);
        }
        writes.stamp(trainer);
        Trainer saved = trainers.saveAndFlush(trainer);
        writes.changed(DataSubjectRef.trainer(saved.getId()), created ? "CREATED" : "UPDATED", null);
        return saved;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void archive(long id, long expectedVersion) {
        Trainer trainer = trainers.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(trainer, expectedVersion);
        writes.requireWritable(trainer);
        trainer.archive(writes.now());
        writes.stamp(trainer);
        writes.changed(DataSubjectRef.trainer(id), "ARCHIVED", null);
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void restore(long id, long expectedVersion) {
        Trainer trainer = trainers.findById(id).orElseThrow(() -> notFound(id));
        writes.requireVersion(trainer, expectedVersion);
        writes.requireWritable(trainer);
        trainer.restore();
        writes.stamp(trainer);
        writes.changed(DataSubjectRef.trainer(id), "RESTORED", null);
    }

    private static EntityNotFoundException notFound(long id) {
        return new EntityNotFoundException("Trainer " + id);
    }
}
