package be.classeur.retention;

import static be.classeur.support.TestSupport.as;
import static be.classeur.support.TestSupport.unique;

import be.classeur.kernel.DataSubjectRef;
import be.classeur.kernel.SystemJob;
import be.classeur.people.ContactService;
import be.classeur.people.TrainerService;
import be.classeur.people.domain.ContactKind;
import be.classeur.people.domain.Trainer;
import be.classeur.retention.domain.PurgeCandidateRepository;
import be.classeur.retention.domain.RetentionDateRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** People past or nearing their retention limit, on the real database: a new trainer and their stored date. */
@Component
public class RetentionFixtures {
    private final TrainerService trainers;
    private final ContactService contacts;
    private final RetentionDateRepository dates;
    private final PurgeCandidateRepository candidates;
    private final PurgeService purge;
    private final UserDetailsService users;
    private final Clock clock;

    RetentionFixtures(TrainerService trainers, ContactService contacts, RetentionDateRepository dates, PurgeCandidateRepository candidates,
                      PurgeService purge, UserDetailsService users, Clock clock) {
        this.trainers = trainers;
        this.contacts = contacts;
        this.dates = dates;
        this.candidates = candidates;
        this.purge = purge;
        this.users = users;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new trainer, kept until {@code keepUntil}. */
    public DataSubjectRef trainerKeptUntil(LocalDate keepUntil) {
        long id = as(users, "admin", () -> {
            Trainer trainer = new Trainer();
            trainer.setFirstName(unique("Reten"));
            trainer.setLastName(unique("Tion"));
            trainer.setEmail(unique("r") + "@exemple.be");
            return trainers.save(trainer).getId();
        });
        DataSubjectRef ref = DataSubjectRef.trainer(id);
        keepUntil(ref, keepUntil);
        return ref;
    }

    /**
     * Moves the person's retention date to about {@code keepUntil} the way it really moves: by recording a contact
     * five years (the rule's 60 months) before it, the recomputation doing the rest.
     */
    public void keepUntil(DataSubjectRef ref, LocalDate keepUntil) {
        LocalDate contactDay = keepUntil.minusMonths(60);
        as(users, "admin", () -> contacts.record(ref, ContactKind.MEETING, contactDay, null));
    }

    /** Forgets the person's stored retention date, as if it had never been computed. */
    public void forget(DataSubjectRef ref) {
        dates.findByPersonKindAndPersonId(ref.kind(), ref.id()).ifPresent(d -> dates.delete(d));
    }

    /** The nightly listing, as the job runs it. */
    public ListingResult list() {
        return SystemJob.run(RetentionJob.NAME, () -> purge.list(ProgressListener.NONE));
    }

    /** The person's row on the purge list. */
    public long candidateOf(DataSubjectRef ref) {
        return candidates.findByPersonKindAndPersonId(ref.kind(), ref.id()).orElseThrow().getId();
    }
}
