package be.classeur.courses;

import be.classeur.courses.domain.EnrolmentRepository;
import be.classeur.kernel.CurrentTrainer;
import be.classeur.kernel.TaughtPupils;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Object-level access to pupils for trainers, for the people module's services: a trainer reaches the guardian
 * contact of the pupils currently in the groups they teach, and no other. A refused attempt is logged and audited,
 * like {@link GroupAccess}.
 */
@Component(TaughtPupils.BEAN)
class TrainerPupilsAccess implements TaughtPupils {
    private final EnrolmentRepository enrolments;
    private final CurrentTrainer currentTrainer;
    private final TrainerAccessRefusals refusals;
    private final Clock clock;

    TrainerPupilsAccess(EnrolmentRepository enrolments, CurrentTrainer currentTrainer, TrainerAccessRefusals refusals,
                        Clock clock) {
        this.enrolments = enrolments;
        this.currentTrainer = currentTrainer;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean areCurrentlyTaughtByCurrentTrainer(Collection<Long> pupilIds) {
        Optional<Long> trainer = currentTrainer.trainerId();
        if (pupilIds == null || pupilIds.isEmpty()) {
            return trainer.isPresent();
        }
        long distinct = new HashSet<>(pupilIds).size();
        boolean taught = trainer.isPresent()
                && enrolments.countPupilsTaughtBy(trainer.get(), pupilIds, LocalDate.now(clock)) == distinct;
        return refusals.recordUnless(taught, trainer.orElse(null), "pupils " + pupilIds);
    }
}
